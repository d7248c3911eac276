import { useState } from 'react';
import type { ClientFigures } from '../../../api/dashboard';
import { useAcknowledgeFlag } from '../../../api/dashboard';
import { errorMessage } from '../../../api/http';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextAreaField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';

export interface AcknowledgeFlagDialogProps {
  clientName: string;
  flag: NonNullable<ClientFigures['safetyFlag']>;
  open: boolean;
  onClose: () => void;
}

/** Acknowledging a safety flag: the therapist says what they did; the action is audited, the note kept private. */
export function AcknowledgeFlagDialog({ clientName, flag, open, onClose }: AcknowledgeFlagDialogProps) {
  const acknowledge = useAcknowledgeFlag(flag.worksheetId);
  const [note, setNote] = useState('');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Acknowledge the safety flag for ${clientName}`}
      description={`On “${flag.worksheetTitle}”. ${flag.messages.join(' ')}`}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          acknowledge.mutate(note, { onSuccess: onClose });
        }}
      >
        {acknowledge.error ? <Notice tone="error">{errorMessage(acknowledge.error)}</Notice> : null}
        <TextAreaField
          label="What you did or will do"
          hint="Only you see this note. The acknowledgement itself is recorded in the activity log."
          value={note}
          rows={3}
          maxLength={2000}
          required
          data-autofocus
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="form__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={acknowledge.isPending}>
            Acknowledge
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
