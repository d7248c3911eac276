import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useClient, useNewInvitationLink, useResetLink } from '../../api/clients';
import { ApiError } from '../../api/http';
import { exportUrl } from '../../api/progress';
import type { ClientDetail } from '../../api/types';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ArchiveClientDialog } from './ArchiveClientDialog';
import { AssignWorksheetDialog } from './AssignWorksheetDialog';
import { ClientStatusBadge } from './ClientStatusBadge';
import { PrivateNotes } from './notes/PrivateNotes';
import { OneTimeLinkDialog } from './OneTimeLinkDialog';
import { WorksheetList } from './WorksheetList';
import { orderForTherapist } from './worksheet-order';

export function ClientPage() {
  const { clientId = '' } = useParams();
  const detail = useClient(clientId);
  // Another practice's client answers 404 exactly like one that never existed: say so, not "try again".
  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return (
      <Notice tone="warning" title="This client was not found">
        <p>They may have been removed, or they are not one of your clients.</p>
        <Link to="/clients">Back to your clients</Link>
      </Notice>
    );
  }
  return (
    <QueryBoundary query={detail} loadingLabel="Loading this client…">
      {(loaded) => <ClientScreen clientId={clientId} detail={loaded} />}
    </QueryBoundary>
  );
}

type OpenDialog = 'assign' | 'invitation' | 'reset' | 'archive' | null;

function ClientScreen({ clientId, detail }: { clientId: string; detail: ClientDetail }) {
  const { client, worksheets } = detail;
  useDocumentTitle(client.displayName);
  // `?assign=<templateId>` (the Library's "Assign to…") opens the assign dialog with that template chosen.
  const [searchParams, setSearchParams] = useSearchParams();
  const assignTemplateId = searchParams.get('assign') ?? undefined;
  const [dialog, setDialog] = useState<OpenDialog>(
    assignTemplateId !== undefined && client.status !== 'archived' ? 'assign' : null,
  );
  const close = () => {
    setDialog(null);
    // Closing forgets the pre-chosen template, so reloading the page does not open the dialog again.
    if (assignTemplateId !== undefined) setSearchParams({}, { replace: true });
  };
  const invitationLink = useNewInvitationLink(clientId);
  const resetLink = useResetLink(clientId);
  const archived = client.status === 'archived';
  // Each opening makes one new link (an earlier one stops working), so it is made on the click.
  const openLinkDialog = (kind: 'invitation' | 'reset') => {
    const mutation = kind === 'invitation' ? invitationLink : resetLink;
    mutation.reset();
    mutation.mutate();
    setDialog(kind);
  };

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/clients">← All clients</Link>}
        title={client.displayName}
        description={
          <>
            {client.email} · <ClientStatusBadge status={client.status} />
          </>
        }
        actions={
          <>
            <Link
              className="button button--secondary"
              to={`/clients/${encodeURIComponent(clientId)}/progress`}
            >
              Progress
            </Link>
            {archived ? null : (
              <Button variant="primary" onClick={() => setDialog('assign')}>
                Assign worksheet
              </Button>
            )}
          </>
        }
      />
      {client.status === 'invited' ? (
        <Notice tone="info" title={`${client.displayName} has not joined yet`}>
          <p>
            They join through their invitation link. Lost it? Make a new one (the old link stops working).
          </p>
          <Button onClick={() => openLinkDialog('invitation')}>New invitation link</Button>
        </Notice>
      ) : null}
      {archived ? (
        <Notice tone="info" title="Archived">
          {client.access === 'read-only'
            ? `${client.displayName} can still read their worksheets but not change them.`
            : `${client.displayName} no longer has access.`}
        </Notice>
      ) : null}

      <section aria-labelledby="worksheets-heading" className="section">
        <h2 id="worksheets-heading" className="section__title">
          Worksheets
        </h2>
        {worksheets.length === 0 ? (
          <p className="empty">
            No worksheets yet.{archived ? '' : ' Use Assign worksheet to choose one of the templates.'}
          </p>
        ) : (
          <WorksheetList worksheets={orderForTherapist(worksheets)} allowDelete />
        )}
      </section>

      <section aria-labelledby="record-heading" className="section">
        <h2 id="record-heading" className="section__title">
          Record
        </h2>
        <p className="muted">
          Everything {client.displayName} has done, with your private notes, as a download.
        </p>
        <div className="button-row">
          <a className="button button--secondary" href={exportUrl(clientId, 'md')} download>
            Download (Markdown)
          </a>
          <a className="button button--secondary" href={exportUrl(clientId, 'json')} download>
            Download (JSON)
          </a>
        </div>
      </section>

      <section aria-labelledby="notes-heading" className="section">
        <h2 id="notes-heading" className="section__title">
          Private notes
        </h2>
        <PrivateNotes clientId={clientId} worksheets={worksheets} />
      </section>

      {archived ? null : (
        <section aria-labelledby="account-heading" className="section">
          <h2 id="account-heading" className="section__title">
            Account
          </h2>
          <div className="button-row">
            {client.status === 'active' ? (
              <Button onClick={() => openLinkDialog('reset')}>Password reset link</Button>
            ) : null}
            <Button variant="quiet" onClick={() => setDialog('archive')}>
              Archive client
            </Button>
          </div>
        </section>
      )}

      <AssignWorksheetDialog
        clientId={clientId}
        clientName={client.displayName}
        open={dialog === 'assign'}
        onClose={close}
        templateId={assignTemplateId}
      />
      <OneTimeLinkDialog
        open={dialog === 'invitation'}
        title={`New invitation link for ${client.displayName}`}
        description="Pass this link on to your client. It works once; earlier links no longer work."
        linkLabel="Invitation link"
        create={invitationLink}
        onClose={close}
      />
      <OneTimeLinkDialog
        open={dialog === 'reset'}
        title={`Password reset link for ${client.displayName}`}
        description="Pass this link on to your client so they can choose a new password. It works once."
        linkLabel="Reset link"
        create={resetLink}
        onClose={close}
      />
      <ArchiveClientDialog
        clientId={clientId}
        clientName={client.displayName}
        open={dialog === 'archive'}
        onClose={close}
      />
    </>
  );
}
