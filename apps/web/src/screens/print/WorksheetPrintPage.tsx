import { useParams } from 'react-router';
import { useWorksheetRecord, type WorksheetRecordView } from '../../api/progress';
import { Button } from '../../ui/Button';
import { formatDueDate, formatMoment } from '../../ui/dates';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { PrintAnswers } from './PrintAnswers';
import { PrintComments } from './PrintComments';
import './print.css';

/** A worksheet with its answers laid out for paper or PDF (the browser's Print, or Save as PDF). */
export function WorksheetPrintPage() {
  const { worksheetId = '' } = useParams();
  const record = useWorksheetRecord(worksheetId);
  return (
    <QueryBoundary query={record} loadingLabel="Preparing the print view…">
      {(loaded) => <PrintView record={loaded} />}
    </QueryBoundary>
  );
}

function PrintView({ record }: { record: WorksheetRecordView }) {
  useDocumentTitle(`${record.title} – ${record.clientDisplayName}`);
  return (
    <article className="print-view">
      <div className="print-view__toolbar">
        <Button variant="primary" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      </div>
      <header className="print-view__header">
        <h1>{record.title}</h1>
        <p>
          {record.clientDisplayName} · {record.statusLabel} · assigned {formatMoment(record.assignedAt)}
          {record.dueDate ? ` · due ${formatDueDate(record.dueDate)}` : ''}
          {record.handedInAt ? ` · handed in ${formatMoment(record.handedInAt)}` : ' · not handed in'}
        </p>
        {record.score && record.score.total !== null ? (
          <p>
            {record.score.measure} total: {record.score.total}
            {record.score.severity ? ` (${record.score.severity})` : ''}
          </p>
        ) : null}
      </header>
      {record.answers.length > 0 ? <PrintAnswers answers={record.answers} /> : null}
      {record.entries.map((entry) => (
        <section
          key={entry.entryId}
          className="print-view__entry"
          aria-label={`${entry.groupLabel}: ${entry.date ?? ''}`}
        >
          <h2>
            {entry.groupLabel}: {entry.date ? formatDueDate(entry.date) : 'no date'}
          </h2>
          <PrintAnswers answers={entry.fields} />
        </section>
      ))}
      {record.comments.length > 0 ? <PrintComments threads={record.comments} /> : null}
    </article>
  );
}
