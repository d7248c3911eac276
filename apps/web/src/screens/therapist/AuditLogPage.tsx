import { useAuditLog } from '../../api/practice';
import type { AuditEntry } from '../../api/types';
import { formatMoment } from '../../ui/dates';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

/** Who did what and when in the practice: sign-ins, invitations, assignments, archiving. */
export function AuditLogPage() {
  useDocumentTitle('Activity log');
  const log = useAuditLog();
  return (
    <>
      <PageHeader title="Activity log" description="A record of sign-ins and changes in your practice." />
      <QueryBoundary query={log} loadingLabel="Loading the activity log…">
        {(entries) =>
          entries.length === 0 ? (
            <p className="empty">Nothing recorded yet.</p>
          ) : (
            <AuditTable entries={entries} />
          )
        }
      </QueryBoundary>
    </>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    // Focusable and named, so keyboard users can scroll the table sideways on a narrow screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" aria-label="Activity" tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">Activity, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Concerning</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.occurredAt}>{formatMoment(entry.occurredAt)}</time>
              </td>
              <td>{entry.actor?.displayName ?? 'Interlude'}</td>
              <td>{describeAction(entry.action)}</td>
              <td>{entry.subject?.displayName ?? '—'}</td>
              <td className="table__details">{describeDetails(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** "client.archived" → "Client archived". */
function describeAction(action: string): string {
  const words = action.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function describeDetails(entry: AuditEntry): string {
  const parts = Object.entries(entry.details).map(([key, value]) => `${key}: ${String(value)}`);
  if (entry.address) parts.push(`from ${entry.address}`);
  return parts.join(' · ') || '—';
}
