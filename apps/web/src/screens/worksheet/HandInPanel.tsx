import type * as Y from 'yjs';
import { Button } from '../../ui/Button';
import { formatDay, formatMoment } from '../../ui/dates';
import type { HandInDelivery } from './hand-in-delivery';
import { handIn } from './useWorksheetMeta';

export interface HandInPanelProps {
  doc: Y.Doc;
  handedInAt: string | null;
  /** Where the hand-in stands; null before it is handed in. */
  delivery: HandInDelivery | null;
  reviewedAt: string | null;
  readOnly: boolean;
  /** Required answers still missing (handing in is allowed anyway: the therapist decides). */
  missingRequired: number;
}

/**
 * The client's "I'm done" for a worksheet. Afterwards it says honestly whether the therapist can see it
 * yet: a hand-in made offline lives only on this device until it reaches the server.
 */
export function HandInPanel({
  doc,
  handedInAt,
  delivery,
  reviewedAt,
  readOnly,
  missingRequired,
}: HandInPanelProps) {
  if (handedInAt && delivery) {
    return (
      <div className={`hand-in hand-in--done hand-in--${delivery}`} role="status">
        <p className="hand-in__title">{handedInTitle(delivery, reviewedAt)}</p>
        <p className="muted">
          You handed it in {formatMoment(handedInAt)}.{readOnly ? '' : ' You can still add to your answers.'}
        </p>
      </div>
    );
  }
  if (readOnly) return null;
  return (
    <div className="hand-in">
      <div>
        <p className="hand-in__title">Finished for now?</p>
        <p className="muted">
          {missingRequired > 0
            ? `${missingRequired} required ${missingRequired === 1 ? 'answer is' : 'answers are'} still open; you can hand it in anyway and talk it through together. `
            : 'Hand it in to let your therapist know. '}
          This works offline too.
        </p>
      </div>
      <Button variant="primary" onClick={() => handIn(doc)}>
        Hand in
      </Button>
    </div>
  );
}

function handedInTitle(delivery: HandInDelivery, reviewedAt: string | null): string {
  switch (delivery) {
    case 'reviewed':
      return reviewedAt
        ? `Reviewed by your therapist on ${formatDay(reviewedAt)}`
        : 'Reviewed by your therapist';
    case 'delivered':
      return 'Handed in — your therapist can see it';
    case 'on-device':
      return 'Handed in on this device — it will reach your therapist when you are back online';
    case 'sending':
      return 'Handed in — sending it to your therapist…';
  }
}
