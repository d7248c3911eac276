import { measureCatalogue } from '@interlude/schema';
import type { ApiClientFigures, ApiLatestMeasure, ApiSafetyFlag } from '@interlude/schema/api';
import type { Accounts } from '../accounts.js';
import type { ClientRecord } from '../people/people-types.js';
import { flagAwaitsAcknowledgement } from './acknowledge-safety-flag.js';
import { addDays, clientDayOf, dayInZoneFormatter } from './progress-days.js';

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** One client's line on the dashboard: activity, recent completion, latest measure, an open safety flag. */
export async function clientFigures(accounts: Accounts, client: ClientRecord): Promise<ApiClientFigures> {
  const dayOfTime = dayInZoneFormatter((await accounts.practices.get(client.practiceId))?.timeZone ?? 'UTC');
  const worksheets = (await accounts.worksheets.listForClient(client.userId)).filter(
    (w) => w.sentAt !== null,
  );
  const summaries = await accounts.derived.summariesForClient(client.userId);

  const today = dayOfTime(accounts.clock.now());
  const recentFrom = addDays(today, -27);
  const recent = worksheets.filter((worksheet) => dayOfTime(worksheet.sentAt!) >= recentFrom);
  const recentDone = recent.filter((worksheet) => summaries.get(worksheet.id)?.handedInAt).length;

  // Measures by the client's day (hand-in, else their last edit), latest last.
  const scored = worksheets
    .map((worksheet) => {
      const summary = summaries.get(worksheet.id);
      const clientTime = summary?.handedInAt ?? null;
      const date = clientTime
        ? clientDayOf(clientTime)
        : worksheet.lastClientActivityAt === null
          ? null
          : dayOfTime(worksheet.lastClientActivityAt);
      return { worksheet, summary, date };
    })
    .filter((entry) => entry.summary?.measureTotal != null && entry.summary.measureId && entry.date)
    .sort((a, b) => a.date!.localeCompare(b.date!) || a.worksheet.assignedAt - b.worksheet.assignedAt);
  let latestMeasure: ApiLatestMeasure | null = null;
  const latest = scored.at(-1);
  if (latest) {
    const measureId = latest.summary!.measureId!;
    const previous = scored.filter((entry) => entry.summary!.measureId === measureId).at(-2);
    const definition = Object.values(measureCatalogue[measureId] ?? {}).at(-1);
    latestMeasure = {
      measureId,
      title: definition?.name ?? measureId,
      worksheetId: latest.worksheet.id,
      date: latest.date!,
      total: latest.summary!.measureTotal!,
      severity: latest.summary!.measureSeverity,
      change: previous ? latest.summary!.measureTotal! - previous.summary!.measureTotal! : null,
    };
  }

  let safetyFlag: ApiSafetyFlag | null = null;
  const flagged: typeof worksheets = [];
  for (const worksheet of worksheets) {
    if (await flagAwaitsAcknowledgement(accounts, worksheet)) flagged.push(worksheet);
  }
  flagged.sort((a, b) => (b.measureFlagRaisedAt ?? 0) - (a.measureFlagRaisedAt ?? 0));
  const open = flagged[0];
  if (open) {
    safetyFlag = {
      worksheetId: open.id,
      worksheetTitle: open.title,
      raisedAt: iso(open.measureFlagRaisedAt)!,
      messages: (open.measureResult?.flags ?? [])
        .filter((flag) => flag.level === 'urgent')
        .map((flag) => flag.message),
    };
  }

  const lastActivity = worksheets.reduce<number | null>(
    (latestAt, worksheet) =>
      worksheet.lastClientActivityAt !== null &&
      (latestAt === null || worksheet.lastClientActivityAt > latestAt)
        ? worksheet.lastClientActivityAt
        : latestAt,
    null,
  );
  return {
    clientId: client.userId,
    lastActivityAt: iso(lastActivity),
    rateLast4Weeks: recent.length === 0 ? null : recentDone / recent.length,
    latestMeasure,
    safetyFlag,
  };
}
