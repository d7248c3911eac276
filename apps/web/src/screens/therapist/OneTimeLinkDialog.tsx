import type { UseMutationResult } from '@tanstack/react-query';
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
  /** The mutation that made the link (started by whoever opened the dialog). */
  create: UseMutationResult<unknown, Error, void>;
  onClose: () => void;
}

/** Shows a freshly made invitation or reset link with a copy button. */
export function OneTimeLinkDialog({
  open,
  title,
  description,
  linkLabel,
  create,
  onClose,
}: OneTimeLinkDialogProps) {
  const url = linkFrom(create.data);

  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      {create.error ? <Notice tone="error">{errorMessage(create.error)}</Notice> : null}
      {url ? <LinkBox label={linkLabel} url={url} /> : null}
      {create.isPending ? <LoadingText label="Making the link…" /> : null}
    </Dialog>
  );
}
