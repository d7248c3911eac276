import type { Accounts } from '../accounts.js';
import type { Relay } from '../relay/relay.js';

/**
 * Records each update the relay repaired (docs/relay.md R23): an audit entry naming the worksheet, the sender
 * and what was undone, and the worksheet's repair count the therapist sees. Returns the function that stops
 * listening.
 */
export function auditWorksheetRepairs(relay: Relay, accounts: Accounts): () => void {
  return relay.onUpdateRepaired(({ worksheetId, sender, repaired, receivedAt }) => {
    const worksheet = accounts.worksheets.get(worksheetId);
    if (!worksheet) return;
    accounts.transaction(() => {
      accounts.audit.record({
        action: 'worksheet-repaired',
        practiceId: accounts.users.get(worksheet.therapistId)?.practiceId ?? null,
        actorUserId: sender.userId,
        subjectUserId: worksheet.clientId,
        worksheetId,
        details: { role: sender.role, repaired: repaired.join(', ') },
      });
      accounts.worksheets.recordRepair(worksheetId, receivedAt);
    });
  });
}
