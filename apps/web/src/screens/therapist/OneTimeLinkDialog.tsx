import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { linkFrom } from '../../api/clients';
import { errorMessage } from '../../api/http';
import { Dialog } from '../../ui/Dialog';
import { LinkBox } from '../../ui/LinkBox';
import { Notice } from '../../ui/Notice';
import { LoadingText } from '../../ui/QueryBoundary';

export interface OneTimeLinkDialogProps {
  open: boolean;
  title: string;
  description: string;
  linkLabel: string;
  /** Creates the link; run each time the dialog opens (a new link replaces the last). */
  create: UseMutationResult<unknown, Error, void>;
  onClose: () => void;
}

/** Makes a fresh invitation or reset link when opened and shows it with a copy button. */
export function OneTimeLinkDialog({
  open,
  title,
  description,
  linkLabel,
  create,
  onClose,
}: OneTimeLinkDialogProps) {
  const { mutate, reset } = create;
  useEffect(() => {
    if (open) mutate();
    else reset();
  }, [open, mutate, reset]);
  const url = linkFrom(create.data);

  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      {create.error ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      {url ? <LinkBox label={linkLabel} url={url} /> : null}
      {create.isPending ? <LoadingText label="Making the link…" /> : null}
    </Dialog>
  );
}
