import { useState } from 'react';
import { useArchiveClient } from '../../api/clients';
import { errorMessage } from '../../api/http';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';

export interface ArchiveClientDialogProps {
  clientId: string;
  clientName: string;
  open: boolean;
  onClose: () => void;
}

type Access = 'read-only' | 'none';

/** Ends work with a client: they keep read-only access to their worksheets, or lose access. */
export function ArchiveClientDialog({ clientId, clientName, open, onClose }: ArchiveClientDialogProps) {
  const archive = useArchiveClient(clientId);
  const [access, setAccess] = useState<Access>('read-only');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Archive ${clientName}?`}
      description="You keep their worksheets and history. Nothing new can be assigned to them."
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          archive.mutate(access, { onSuccess: onClose });
        }}
      >
        {archive.error ? <Notice tone="error">{errorMessage(archive.error)}</Notice> : null}
        <fieldset className="choice-group">
          <legend className="field__label">What can {clientName} still do?</legend>
          <label className="choice-group__option">
            <input
              type="radio"
              name="access"
              value="read-only"
              checked={access === 'read-only'}
              onChange={() => setAccess('read-only')}
            />
            Read their worksheets, without changing them
          </label>
          <label className="choice-group__option">
            <input
              type="radio"
              name="access"
              value="none"
              checked={access === 'none'}
              onChange={() => setAccess('none')}
            />
            Nothing: their access ends now
          </label>
        </fieldset>
        <div className="form__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" busy={archive.isPending}>
            Archive client
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
