import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

/**
 * Asks before a link, Back or sign-out leaves a template with unsaved changes (the edits live only on this
 * page), and lets the browser ask before a reload or a closed tab does.
 */
export function LeaveWithoutSavingGuard({ hasUnsavedChanges }: { hasUnsavedChanges: () => boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    return currentLocation.pathname !== nextLocation.pathname && hasUnsavedChanges();
  });

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedChanges]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave and lose the changes"
      cancelLabel="Stay on this page"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>This template has changes that are not saved yet. They exist only on this page.</p>
    </ConfirmDialog>
  );
}
