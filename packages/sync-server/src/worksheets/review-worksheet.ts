import type { Accounts } from '../accounts.js';
import type { User } from '../people/people-types.js';
import type { WorksheetRecord } from './worksheet-store.js';

/** Only a handed-in worksheet can be reviewed. */
export class NotHandedIn extends Error {
  override name = 'NotHandedIn';
  constructor() {
    super('This worksheet has not been handed in yet, so it cannot be reviewed.');
  }
}

/** The therapist marks a handed-in worksheet as reviewed, and the review is audited. */
export async function reviewWorksheet(
  accounts: Accounts,
  input: { therapist: User; worksheet: WorksheetRecord; address?: string | null | undefined },
): Promise<WorksheetRecord> {
  const { therapist, worksheet } = input;
  if (!worksheet.handedInAt) throw new NotHandedIn();
  return accounts.inTransaction(async (tx) => {
    const reviewedAt = accounts.clock.now();
    const worksheets = accounts.worksheets.in(tx);
    await worksheets.markReviewed(worksheet.id, reviewedAt);
    // What the therapist saw, so the next review can show what changed since (progress/review-changes.ts).
    const derived = await accounts.derived.in(tx).get(worksheet.id);
    if (derived) await accounts.reviewSnapshots.in(tx).keep(worksheet.id, reviewedAt, derived);
    await accounts.audit.in(tx).record({
      action: 'worksheet-reviewed',
      practiceId: therapist.practiceId,
      actorUserId: therapist.id,
      subjectUserId: worksheet.clientId,
      worksheetId: worksheet.id,
      address: input.address ?? null,
    });
    return (await worksheets.get(worksheet.id))!;
  });
}
