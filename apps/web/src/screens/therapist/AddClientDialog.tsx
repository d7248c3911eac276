import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { type AddClientInput, useAddClient } from '../../api/clients';
import { errorMessage } from '../../api/http';
import type { AddedClient } from '../../api/types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { LinkBox } from '../../ui/LinkBox';
import { Notice } from '../../ui/Notice';

/** Add a client, then show the invitation link to pass on (Interlude sends no email itself). */
export function AddClientDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [added, setAdded] = useState<AddedClient | null>(null);
  const close = () => {
    setAdded(null);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={added ? `${added.client.displayName} is added` : 'Add a client'}
      description={
        added
          ? 'Send this invitation link to your client in a way you trust. It works once, to set their password.'
          : 'Your client joins through an invitation link that you pass on to them.'
      }
    >
      {added ? <InvitationLink added={added} onDone={close} /> : <AddClientForm onAdded={setAdded} />}
    </Dialog>
  );
}

function AddClientForm({ onAdded }: { onAdded: (added: AddedClient) => void }) {
  const addClient = useAddClient();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AddClientInput>({ defaultValues: { displayName: '', email: '' } });
  return (
    <form
      onSubmit={handleSubmit((input) => addClient.mutate(input, { onSuccess: onAdded }))}
      noValidate
      className="form"
    >
      {addClient.error ? <Notice tone="error">{errorMessage(addClient.error)}</Notice> : null}
      <TextField
        label="Client's name"
        data-autofocus
        autoComplete="off"
        hint="As you and they would like it shown."
        error={errors.displayName?.message}
        {...register('displayName', { required: "Enter the client's name." })}
      />
      <TextField
        label="Client's email"
        type="email"
        autoComplete="off"
        hint="They sign in with this address."
        error={errors.email?.message}
        {...register('email', { required: "Enter the client's email address." })}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={addClient.isPending}>
          Add client
        </Button>
      </div>
    </form>
  );
}

function InvitationLink({ added, onDone }: { added: AddedClient; onDone: () => void }) {
  return (
    <div className="form">
      <LinkBox label="Invitation link" url={added.invitationUrl} />
      <div className="form__actions">
        <Link className="button button--secondary" to={`/clients/${added.client.id}`} onClick={onDone}>
          Open {added.client.displayName}'s page
        </Link>
        <Button variant="primary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
