import type { Accounts } from '../accounts.js';
import type { User } from '../people/people-types.js';
import type { WorksheetRecord } from './worksheet-store.js';

/**
 * The therapist sends a draft to their client: from now on it is in the client's list and the client may
 * open it. Sending again changes nothing (a double click is harmless) and is not audited twice.
 */
export async function sendWorksheet(
  accounts: Accounts,
  input: { therapist: User; worksheet: WorksheetRecord; address?: string | null | undefined },
): Promise<WorksheetRecord> {
  const { therapist, worksheet } = input;
  return accounts.inTransaction(async (tx) => {
    const worksheets = accounts.worksheets.in(tx);
    if (await worksheets.markSent(worksheet.id, accounts.clock.now())) {
      await accounts.audit.in(tx).record({
        action: 'worksheet-sent',
        practiceId: therapist.practiceId,
        actorUserId: therapist.id,
        subjectUserId: worksheet.clientId,
        worksheetId: worksheet.id,
        address: input.address ?? null,
      });
    }
    return (await worksheets.get(worksheet.id))!;
  });
}
