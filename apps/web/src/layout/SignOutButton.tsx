import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSignOut } from '../api/session';
import { unsavedWorksheetTitles } from '../local/local-copies';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * Signs out and deletes this person's worksheets from the device, at once, online or not. When some changes have not
 * reached the server yet it says which, and lets the person stay signed in until they have.
 */
export function SignOutButton({ userId }: { userId: string }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [unsaved, setUnsaved] = useState<string[]>([]);

  const signOutNow = () => {
    setUnsaved([]);
    signOut();
    navigate('/sign-in');
  };

  return (
    <>
      <Button
        variant="quiet"
        onClick={() => {
          const titles = unsavedWorksheetTitles(userId);
          if (titles.length > 0) setUnsaved(titles);
          else signOutNow();
        }}
      >
        Sign out
      </Button>
      <ConfirmDialog
        open={unsaved.length > 0}
        title="Some changes are only on this device"
        confirmLabel="Sign out and delete them"
        cancelLabel="Stay signed in"
        onCancel={() => setUnsaved([])}
        onConfirm={signOutNow}
      >
        <p>These worksheets have changes that have not reached the server yet:</p>
        <ul>
          {unsaved.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
        <p>
          Signing out deletes your worksheets from this device. Stay signed in and go online to save them
          first.
        </p>
      </ConfirmDialog>
    </>
  );
}
