import { errorMessage } from '../../api/http';
import type { WorksheetSummary } from '../../api/types';
import { useSendWorksheet } from '../../api/worksheets';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/**
 * The therapist's side of a draft: tailor it above, then send it. Until then the client cannot see
 * it; edits made after sending still reach them (the document is the same).
 */
export function SendDraftPanel({ worksheet }: { worksheet: WorksheetSummary }) {
  const send = useSendWorksheet();
  if (worksheet.status !== 'draft' && !send.isSuccess) return null;
  if (send.isSuccess) {
    return (
      <div className="hand-in hand-in--done" role="status">
        <p className="hand-in__title">Sent to {worksheet.clientDisplayName}</p>
        <p className="muted">It is in their homework list now. You can still add to it here.</p>
      </div>
    );
  }
  return (
    <div className="hand-in">
      <div>
        <p className="hand-in__title">Draft: only you can see this</p>
        <p className="muted">
          Tailor it for {worksheet.clientDisplayName}, then send it to appear in their homework list.
        </p>
      </div>
      {send.error ? <Notice tone="error">{errorMessage(send.error)}</Notice> : null}
      <Button variant="primary" busy={send.isPending} onClick={() => send.mutate(worksheet.id)}>
        Send to client
      </Button>
    </div>
  );
}
