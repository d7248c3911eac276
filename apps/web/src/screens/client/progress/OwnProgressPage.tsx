import { Link } from 'react-router';
import { type ClientProgress, exportUrl, useOwnProgress } from '../../../api/progress';
import type { WorksheetSummary } from '../../../api/types';
import { useWorksheets } from '../../../api/worksheets';
import { formatMoment } from '../../../ui/dates';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryBoundary } from '../../../ui/QueryBoundary';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CompletionChart } from '../../progress-charts/CompletionChart';
import { GoalList } from '../../progress-charts/GoalList';
import { MeasureChart } from '../../progress-charts/MeasureChart';
import { MetricChart } from '../../progress-charts/MetricChart';
import '../../progress-charts/progress-charts.css';
import { encouragement } from './encouragement';

/** The client's own progress: what they completed, their goals, and their numbers over time. */
export function OwnProgressPage() {
  useDocumentTitle('My progress');
  const progress = useOwnProgress();
  const worksheets = useWorksheets();
  return (
    <>
      <PageHeader
        title="My progress"
        description="What you have done so far, to look back on with your therapist."
      />
      <QueryBoundary query={progress} loadingLabel="Loading your progress…">
        {(loaded) => <OwnProgress progress={loaded} worksheets={worksheets.data ?? []} />}
      </QueryBoundary>
    </>
  );
}

function OwnProgress({ progress, worksheets }: { progress: ClientProgress; worksheets: WorksheetSummary[] }) {
  const completed = worksheets.filter((worksheet) => worksheet.handedInAt !== null);
  return (
    <>
      <p className="own-progress__encouragement">{encouragement(progress.completion)}</p>
      <section aria-labelledby="done-heading" className="section">
        <h2 id="done-heading" className="section__title">
          Homework you completed
        </h2>
        {completed.length === 0 ? (
          <p className="empty">Nothing handed in yet.</p>
        ) : (
          <ul className="own-progress__done">
            {completed.map((worksheet) => (
              <li key={worksheet.id}>
                <Link to={`/worksheets/${worksheet.id}`}>{worksheet.title}</Link>
                <span className="muted"> · handed in {formatMoment(worksheet.handedInAt!)} · </span>
                <Link to={`/worksheets/${worksheet.id}/print`} aria-label={`Print: ${worksheet.title}`}>
                  Print
                </Link>
              </li>
            ))}
          </ul>
        )}
        {progress.completion.weeks.length > 1 ? (
          <CompletionChart completion={progress.completion} title="Your homework week by week" />
        ) : null}
      </section>
      {progress.goals.length > 0 ? (
        <section aria-labelledby="goals-heading" className="section">
          <h2 id="goals-heading" className="section__title">
            Your goals
          </h2>
          <GoalList goals={progress.goals} />
        </section>
      ) : null}
      {progress.measures.length > 0 || progress.metrics.length > 0 ? (
        <section aria-labelledby="numbers-heading" className="section">
          <h2 id="numbers-heading" className="section__title">
            Your answers over time
          </h2>
          <p className="muted">These numbers are for you and your therapist to talk through together.</p>
          <div className="chart-grid">
            {progress.measures.map((series) => (
              <MeasureChart key={series.measureId} series={series} />
            ))}
            {progress.metrics.map((series) => (
              <MetricChart key={series.metricKey} series={series} />
            ))}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="copy-heading" className="section">
        <h2 id="copy-heading" className="section__title">
          Your copy
        </h2>
        <p className="muted">Everything you have done, to keep.</p>
        <div className="button-row">
          <a className="button button--secondary" href={exportUrl(progress.clientId, 'md')} download>
            Download (Markdown)
          </a>
          <a className="button button--secondary" href={exportUrl(progress.clientId, 'json')} download>
            Download (JSON)
          </a>
        </div>
      </section>
    </>
  );
}
