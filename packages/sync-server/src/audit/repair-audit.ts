import type { Accounts } from '../accounts.js';
import type { BackgroundWrites } from '../background-writes.js';
import type { Relay } from '../relay/relay.js';
import type { UpdateRepairedEvent } from '../relay/relay-hooks.js';

/**
 * Records each update the relay repaired (docs/relay.md R23): an audit entry naming the worksheet, the sender
 * and what was undone, and the worksheet's repair count the therapist sees. Returns the function that stops
 * listening. The relay does not wait for it: a failure is logged, never thrown at the relay.
 */
export function auditWorksheetRepairs(
  relay: Relay,
  accounts: Accounts,
  background: BackgroundWrites,
): () => void {
  return relay.onUpdateRepaired((event) => {
    background.track(
      recordRepair(accounts, event).catch((error) =>
        relay.logger.error(`Could not audit a repair of worksheet ${event.worksheetId}`, error),
      ),
    );
  });
}

async function recordRepair(
  accounts: Accounts,
  { worksheetId, sender, repaired, receivedAt }: UpdateRepairedEvent,
): Promise<void> {
  const worksheet = await accounts.worksheets.get(worksheetId);
  if (!worksheet) return;
  const practiceId = (await accounts.users.get(worksheet.therapistId))?.practiceId ?? null;
  await accounts.inTransaction(async (tx) => {
    await accounts.audit.in(tx).record({
      action: 'worksheet-repaired',
      practiceId,
      actorUserId: sender.userId,
      subjectUserId: worksheet.clientId,
      worksheetId,
      details: { role: sender.role, repaired: repaired.join(', ') },
    });
    await accounts.worksheets.in(tx).recordRepair(worksheetId, receivedAt);
  });
}
