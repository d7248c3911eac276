import type * as Y from 'yjs';
import { Button } from '../../ui/Button';
import { formatMoment } from '../../ui/dates';
import { handIn } from './useWorksheetMeta';

export interface HandInPanelProps {
  doc: Y.Doc;
  handedInAt: string | null;
  readOnly: boolean;
  /** Required answers still missing (handing in is allowed anyway: the therapist decides). */
  missingRequired: number;
}

/** The client's "I'm done" for a worksheet; afterwards it says when it was handed in. */
export function HandInPanel({ doc, handedInAt, readOnly, missingRequired }: HandInPanelProps) {
  if (handedInAt) {
    return (
      <div className="hand-in hand-in--done" role="status">
        <p className="hand-in__title">Handed in {formatMoment(handedInAt)}</p>
        <p className="muted">Your therapist can see it. You can still add to your answers.</p>
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
