import { useState } from 'react';
import { Link } from 'react-router';
import { useClients } from '../../api/clients';
import { type ClientFigures, useDashboardFigures } from '../../api/dashboard';
import type { Client, WorksheetSummary } from '../../api/types';
import { useWorksheets } from '../../api/worksheets';
import { useSignedInMe } from '../../auth/signed-in';
import { Button } from '../../ui/Button';
import { formatRelative } from '../../ui/dates';
import { NewCommentsBadge } from '../../ui/NewCommentsBadge';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { needsAttention } from '../measures/measure-display';
import { NeedsAttentionBadge } from '../measures/NeedsAttentionBadge';
import { AddClientDialog } from './AddClientDialog';
import { ClientStatusBadge } from './ClientStatusBadge';
import { MarkedReviewedMessage } from './MarkedReviewedMessage';
import { ClientFiguresLine } from './progress/ClientFiguresLine';
import { WorksheetList } from './WorksheetList';

/** A dashboard left open asks again this often, so a new safety flag shows without a reload. */
const DASHBOARD_REFRESH_MS = 15_000;

/** The therapist's home: who their clients are, how their homework stands, what waits for review. */
export function ClientsPage() {
  useDocumentTitle('Clients');
  const me = useSignedInMe();
  const clients = useClients({ refetchInterval: DASHBOARD_REFRESH_MS });
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader
        eyebrow={me.practice.name}
        title="Clients"
        actions={
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add client
          </Button>
        }
      />
      <AwaitingReview />
      <section aria-labelledby="clients-heading" className="section">
        <h2 id="clients-heading" className="section__title">
          Your clients
        </h2>
        <QueryBoundary query={clients} loadingLabel="Loading your clients…">
          {(list) => <ClientList clients={list} onAdd={() => setAdding(true)} />}
        </QueryBoundary>
      </section>
      <AddClientDialog open={adding} onClose={() => setAdding(false)} />
    </>
  );
}

function ClientList({ clients, onAdd }: { clients: Client[]; onAdd: () => void }) {
  const figures = useDashboardFigures({ refetchInterval: DASHBOARD_REFRESH_MS });
  const figuresOf = (clientId: string) => figures.data?.find((line) => line.clientId === clientId);
  const current = clients.filter((client) => client.status !== 'archived');
  const archived = clients.filter((client) => client.status === 'archived');
  if (clients.length === 0) {
    return (
      <div className="empty">
        <p>No clients yet. Add a client to invite them and assign their first worksheet.</p>
        <Button variant="primary" onClick={onAdd}>
          Add your first client
        </Button>
      </div>
    );
  }
  return (
    <>
      <ul className="card-list">
        {current.map((client) => (
          <ClientCard key={client.id} client={client} figures={figuresOf(client.id)} />
        ))}
      </ul>
      {archived.length > 0 ? (
        <details className="disclosure">
          <summary>Archived clients ({archived.length})</summary>
          <ul className="card-list">
            {archived.map((client) => (
              <ClientCard key={client.id} client={client} figures={figuresOf(client.id)} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function ClientCard({ client, figures }: { client: Client; figures: ClientFigures | undefined }) {
  const { counts } = client;
  // Until the figures load, the flag count stands in for the open safety flag.
  const flagged = figures ? figures.safetyFlag !== null : counts.flaggedWorksheets > 0;
  const toDo = counts.assigned + counts.started;
  return (
    <li className="card client-card">
      <div className="client-card__head">
        <Link to={`/clients/${client.id}`} className="client-card__name">
          {client.displayName}
        </Link>
        <ClientStatusBadge status={client.status} />
        {flagged ? <NeedsAttentionBadge /> : null}
        <NewCommentsBadge count={counts.newComments} />
      </div>
      <p className="client-card__email">{client.email}</p>
      <dl className="stats">
        <div>
          <dt>To do</dt>
          <dd>{toDo}</dd>
        </div>
        <div>
          <dt>Handed in</dt>
          <dd>{counts.handedIn}</dd>
        </div>
        <div>
          <dt>Overdue</dt>
          <dd className={counts.overdue > 0 ? 'stats__alert' : undefined}>{counts.overdue}</dd>
        </div>
      </dl>
      <p className="muted">
        {client.lastActivityAt ? `Last active ${formatRelative(client.lastActivityAt)}` : 'No activity yet'}
      </p>
      {figures ? <ClientFiguresLine clientName={client.displayName} figures={figures} /> : null}
    </li>
  );
}

/**
 * Worksheets handed in and not yet reviewed, across clients, and any with a safety flag even before
 * hand-in (flagged ones first).
 */
function AwaitingReview() {
  const worksheets = useWorksheets({ refetchInterval: DASHBOARD_REFRESH_MS });
  const [reviewed, setReviewed] = useState<WorksheetSummary | null>(null);
  const waiting = (worksheets.data ?? [])
    .filter((worksheet) => worksheet.status === 'handed-in' || needsAttention(worksheet))
    .sort((a, b) => Number(needsAttention(b)) - Number(needsAttention(a)));
  return (
    <>
      {/* Always present, so the confirmation is announced even when the last card leaves the list. */}
      <MarkedReviewedMessage worksheet={reviewed} />
      {waiting.length === 0 ? null : (
        <section aria-labelledby="review-heading" className="section">
          <h2 id="review-heading" className="section__title">
            Waiting for your review
          </h2>
          <WorksheetList worksheets={waiting} showClient onMarkedReviewed={setReviewed} />
        </section>
      )}
    </>
  );
}
