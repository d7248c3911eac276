import type { Accounts } from '../accounts.js';
import type { User } from '../people/people-types.js';
import type { SeriesEndReason, WorksheetSeriesRecord } from './worksheet-series-store.js';

/**
 * Stops a repeating assignment: no more occurrences are created; those already created stay. Ending an
 * ended series changes nothing and is not audited twice. `therapist` is absent when the server ends it
 * (the client was archived or the template can no longer be assigned).
 */
export function endSeries(
  accounts: Accounts,
  input: {
    series: WorksheetSeriesRecord;
    reason: SeriesEndReason;
    therapist?: User | undefined;
    address?: string | null | undefined;
  },
): Promise<WorksheetSeriesRecord> {
  const { series, therapist } = input;
  return accounts.inTransaction(async (tx) => {
    if (await accounts.series.in(tx).end(series.id, accounts.clock.now(), input.reason)) {
      const practiceId =
        therapist?.practiceId ?? (await accounts.users.in(tx).get(series.therapistId))?.practiceId ?? null;
      await accounts.audit.in(tx).record({
        action: 'series-ended',
        practiceId,
        actorUserId: therapist?.id ?? null,
        subjectUserId: series.clientId,
        address: input.address ?? null,
        details: { seriesId: series.id, reason: input.reason, lastIndex: series.lastIndex },
      });
    }
    return (await accounts.series.in(tx).get(series.id))!;
  });
}
