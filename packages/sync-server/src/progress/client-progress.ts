import { measureCatalogue } from '@interlude/schema';
import type { ApiClientProgress, ApiGoal, ApiMeasureSeries, ApiMetricSeries } from '@interlude/schema/api';
import type { Accounts } from '../accounts.js';
import type { ClientRecord } from '../people/people-types.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';
import type { DerivedSummary } from './derived-response-store.js';
import { homeworkCompletion } from './homework-completion.js';
import { clientDayOf, dayInZoneFormatter } from './progress-days.js';

/** Who is looking: the client sees their numbers without the clinician's severity bands. */
export type ProgressAudience = 'therapist' | 'client';

function latestMeasureDefinition(measureId: string) {
  const versions = Object.values(measureCatalogue[measureId] ?? {});
  return versions.at(-1);
}

/** The day a worksheet's answers belong to: the client's hand-in day, else the day of their last edit. */
function answerDay(
  worksheet: WorksheetRecord,
  summary: DerivedSummary | undefined,
  dayOfTime: (at: number) => string,
): string | null {
  if (summary?.handedInAt) return clientDayOf(summary.handedInAt);
  if (worksheet.lastClientActivityAt !== null) return dayOfTime(worksheet.lastClientActivityAt);
  return null;
}

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

/** A client's progress, built from the worksheets' rows and their derived responses. */
export async function clientProgress(
  accounts: Accounts,
  client: ClientRecord,
  audience: ProgressAudience,
): Promise<ApiClientProgress> {
  const dayOfTime = dayInZoneFormatter((await accounts.practices.get(client.practiceId))?.timeZone ?? 'UTC');
  const worksheets = (await accounts.worksheets.listForClient(client.userId)).filter(
    (w) => w.sentAt !== null,
  );
  const byId = new Map(worksheets.map((worksheet) => [worksheet.id, worksheet]));
  const summaries = await accounts.derived.summariesForClient(client.userId);
  const dayOf = (worksheetId: string) =>
    answerDay(byId.get(worksheetId)!, summaries.get(worksheetId), dayOfTime);

  const completion = homeworkCompletion(
    worksheets.map((worksheet) => ({
      sentDay: dayOfTime(worksheet.sentAt!),
      dueDate: worksheet.dueDate,
      handedInAt: summaries.get(worksheet.id)?.handedInAt ?? null,
    })),
    dayOfTime(accounts.clock.now()),
  );

  const measures = new Map<string, ApiMeasureSeries>();
  for (const [worksheetId, summary] of summaries) {
    const date = dayOf(worksheetId);
    if (!summary.measureId || summary.measureTotal === null || date === null) continue;
    const definition = latestMeasureDefinition(summary.measureId);
    if (!definition) continue;
    let series = measures.get(summary.measureId);
    if (!series) {
      series = {
        measureId: summary.measureId,
        title: definition.name,
        maxTotal: definition.totalRange.max,
        bands: audience === 'therapist' ? definition.severityBands.map((band) => ({ ...band })) : [],
        points: [],
      };
      measures.set(summary.measureId, series);
    }
    series.points.push({
      worksheetId,
      date,
      total: summary.measureTotal,
      severity: audience === 'therapist' ? summary.measureSeverity : null,
    });
  }

  const metrics = new Map<string, ApiMetricSeries>();
  for (const response of await accounts.derived.metricResponsesForClient(client.userId)) {
    if (response.measureItemId !== null) continue;
    const date = response.entryDate ?? dayOf(response.worksheetId);
    if (date === null) continue;
    let series = metrics.get(response.metricKey!);
    if (!series) {
      series = { metricKey: response.metricKey!, label: response.label, points: [] };
      metrics.set(response.metricKey!, series);
    }
    series.points.push({ worksheetId: response.worksheetId, date, value: response.number! });
  }

  const goals: ApiGoal[] = [];
  for (const response of await accounts.derived.goalResponsesForClient(client.userId)) {
    if (response.kind === 'goal') {
      goals.push({
        worksheetId: response.worksheetId,
        worksheetTitle: byId.get(response.worksheetId)?.title ?? '',
        nodeId: response.nodeId,
        title: response.label,
        progress: response.number,
        steps: [],
      });
      continue;
    }
    const goal = goals.find(
      (candidate) =>
        candidate.worksheetId === response.worksheetId && candidate.nodeId === response.parentNodeId,
    );
    goal?.steps.push({ nodeId: response.nodeId, label: response.label, done: response.value === 'true' });
  }

  return {
    clientId: client.userId,
    displayName: client.displayName,
    completion,
    measures: [...measures.values()].map((series) => ({ ...series, points: series.points.sort(byDate) })),
    metrics: [...metrics.values()]
      .filter((series) => series.points.length >= 2)
      .map((series) => ({ ...series, points: series.points.sort(byDate) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    goals,
  };
}
