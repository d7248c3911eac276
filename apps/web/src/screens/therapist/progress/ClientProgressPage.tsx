import { Link, useParams } from 'react-router';
import { type ClientProgress, useClientProgress } from '../../../api/progress';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryBoundary } from '../../../ui/QueryBoundary';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CompletionChart } from '../../progress-charts/CompletionChart';
import { formatRate } from '../../progress-charts/chart-format';
import { GoalList } from '../../progress-charts/GoalList';
import { MeasureChart } from '../../progress-charts/MeasureChart';
import { MetricChart } from '../../progress-charts/MetricChart';
import '../../progress-charts/progress-charts.css';

/** A client's progress for their therapist: homework, measures with bands, recurring metrics, goals. */
export function ClientProgressPage() {
  const { clientId = '' } = useParams();
  const progress = useClientProgress(clientId);
  return (
    <QueryBoundary query={progress} loadingLabel="Loading progress…">
      {(loaded) => <ClientProgressScreen clientId={clientId} progress={loaded} />}
    </QueryBoundary>
  );
}

function ClientProgressScreen({ clientId, progress }: { clientId: string; progress: ClientProgress }) {
  useDocumentTitle(`${progress.displayName}: progress`);
  const { completion } = progress;
  return (
    <>
      <PageHeader
        eyebrow={<Link to={`/clients/${encodeURIComponent(clientId)}`}>← {progress.displayName}</Link>}
        title={`${progress.displayName}: progress`}
        description="Dates are the client’s own: when they handed work in, or the day an entry is for."
      />
      <section aria-labelledby="homework-heading" className="section">
        <h2 id="homework-heading" className="section__title">
          Homework
        </h2>
        <dl className="progress-figures">
          <div>
            <dt>Completion rate</dt>
            <dd>{formatRate(completion.rate)}</dd>
          </div>
          <div>
            <dt>Last 4 weeks</dt>
            <dd>{formatRate(completion.rateLast4Weeks)}</dd>
          </div>
          <div>
            <dt>Done on time</dt>
            <dd>
              {completion.doneOnTime} of {completion.done}
            </dd>
          </div>
        </dl>
        {completion.weeks.length === 0 ? (
          <p className="empty">Nothing sent yet.</p>
        ) : (
          <CompletionChart completion={completion} title="Homework by week" />
        )}
      </section>
      <section aria-labelledby="measures-heading" className="section">
        <h2 id="measures-heading" className="section__title">
          Measures
        </h2>
        {progress.measures.length === 0 ? (
          <p className="empty">No completed PHQ-9 or GAD-7 yet.</p>
        ) : (
          <div className="chart-grid">
            {progress.measures.map((series) => (
              <MeasureChart
                key={series.measureId}
                series={series}
                summary={latestChange(series.points.map((point) => point.total))}
              />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="metrics-heading" className="section">
        <h2 id="metrics-heading" className="section__title">
          Ratings over time
        </h2>
        {progress.metrics.length === 0 ? (
          <p className="empty">No rating recorded more than once yet (mood, SUDS, sleep quality…).</p>
        ) : (
          <div className="chart-grid">
            {progress.metrics.map((series) => (
              <MetricChart key={series.metricKey} series={series} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="goals-heading" className="section">
        <h2 id="goals-heading" className="section__title">
          Goals
        </h2>
        {progress.goals.length === 0 ? (
          <p className="empty">No goals yet.</p>
        ) : (
          <GoalList goals={progress.goals} />
        )}
      </section>
    </>
  );
}

/** "Latest 6, down 8 from 14" from a series of totals. */
function latestChange(totals: number[]): string {
  const latest = totals.at(-1);
  if (latest === undefined) return '';
  const previous = totals.at(-2);
  if (previous === undefined) return `Latest ${latest}`;
  const change = latest - previous;
  const direction = change === 0 ? 'unchanged' : change < 0 ? `down ${-change}` : `up ${change}`;
  return `Latest ${latest}, ${direction} from ${previous}`;
}
