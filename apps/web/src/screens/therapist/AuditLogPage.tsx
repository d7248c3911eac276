import { useAuditLog } from '../../api/practice';
import type { AuditEntry } from '../../api/types';
import { useWorksheets } from '../../api/worksheets';
import { formatMoment } from '../../ui/dates';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { describeAuditEntry, worksheetTitles } from './describe-audit-entry';

/** Who did what and when in the practice: sign-ins, invitations, assignments, archiving. */
export function AuditLogPage() {
  useDocumentTitle('Activity log');
  const log = useAuditLog();
  // Entries carry only a worksheet id; the titles come from the practice's own worksheet list.
  const worksheets = useWorksheets();
  return (
    <>
      <PageHeader title="Activity log" description="A record of sign-ins and changes in your practice." />
      <QueryBoundary query={log} loadingLabel="Loading the activity log…">
        {(entries) =>
          entries.length === 0 ? (
            <p className="empty">Nothing recorded yet.</p>
          ) : (
            <AuditList entries={entries} worksheets={worksheets.data ?? []} />
          )
        }
      </QueryBoundary>
    </>
  );
}

function AuditList({
  entries,
  worksheets,
}: {
  entries: AuditEntry[];
  worksheets: readonly { id: string; title: string }[];
}) {
  const titles = worksheetTitles(worksheets, entries);
  return (
    <ol className="audit-list" aria-label="Activity, newest first">
      {entries.map((entry) => {
        const { sentence, details } = describeAuditEntry(entry, titles);
        const facts = [...details, ...(entry.address ? [`from ${entry.address}`] : [])];
        return (
          <li key={entry.id} className="audit-entry">
            <p className="audit-entry__what">{sentence}</p>
            <p className="audit-entry__when">
              <time dateTime={entry.occurredAt}>{formatMoment(entry.occurredAt)}</time>
              {facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
