import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useClients } from '../../api/clients';
import type { Client, Template } from '../../api/types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { QueryBoundary } from '../../ui/QueryBoundary';

export interface AssignToClientDialogProps {
  template: Template | null;
  onClose: () => void;
}

/**
 * Picks one of the therapist's active clients for a template, then hands over to the client's page,
 * which opens its assign flow for `?assign=<templateId>` (title and due date are chosen there).
 */
export function AssignToClientDialog({ template, onClose }: AssignToClientDialogProps) {
  const clients = useClients();
  return (
    <Dialog open={template !== null} onClose={onClose} title={`Assign ${template?.title ?? ''} to…`}>
      <QueryBoundary query={clients} loadingLabel="Loading your clients…">
        {(list) => (template ? <ClientPicker template={template} clients={list} /> : null)}
      </QueryBoundary>
    </Dialog>
  );
}

function ClientPicker({ template, clients }: { template: Template; clients: Client[] }) {
  const navigate = useNavigate();
  const active = clients.filter((client) => client.status === 'active');
  const [clientId, setClientId] = useState<string | null>(null);
  if (active.length === 0) {
    return <p>No active clients yet. A client becomes active once they accept their invitation.</p>;
  }
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (clientId)
          navigate(`/clients/${encodeURIComponent(clientId)}?assign=${encodeURIComponent(template.id)}`);
      }}
    >
      <fieldset className="template-picker">
        <legend className="field__label">Client</legend>
        <div className="template-picker__options">
          {active.map((client, index) => (
            <label key={client.id} className="template-option">
              <input
                type="radio"
                name="client"
                value={client.id}
                checked={clientId === client.id}
                onChange={() => setClientId(client.id)}
                {...(index === 0 ? { 'data-autofocus': true } : {})}
              />
              <span className="template-option__title">{client.displayName}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={clientId === null}>
          Continue
        </Button>
      </div>
    </form>
  );
}
