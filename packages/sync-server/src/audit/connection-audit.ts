import type { Accounts } from '../accounts.js';
import type { BackgroundWrites } from '../background-writes.js';
import type { Relay } from '../relay/relay.js';
import type { RelayConnection } from '../relay/relay-connection.js';

/**
 * Records each WebSocket session on a worksheet as one "worksheet-opened" entry, written when it
 * closes so it carries the duration. Returns the function that stops listening.
 */
export function auditWorksheetConnections(
  relay: Relay,
  accounts: Accounts,
  background: BackgroundWrites,
): () => void {
  const openedAt = new Map<RelayConnection, number>();
  const stopOpened = relay.onConnectionOpened((connection) => {
    openedAt.set(connection, accounts.clock.now());
  });
  const stopClosed = relay.onConnectionClosed((connection) => {
    const since = openedAt.get(connection);
    if (since === undefined) return;
    openedAt.delete(connection);
    const closedAt = accounts.clock.now();
    // The relay does not wait for this: a failure is logged, never thrown at the relay.
    background.track(
      recordSession(accounts, connection, since, closedAt).catch((error) =>
        relay.logger.error(`Could not audit a session on worksheet ${connection.worksheetId}`, error),
      ),
    );
  });
  return () => {
    stopOpened();
    stopClosed();
  };
}

async function recordSession(
  accounts: Accounts,
  connection: RelayConnection,
  since: number,
  closedAt: number,
): Promise<void> {
  const { worksheetId, access } = connection;
  const practiceId = (await accounts.users.get(access.userId))?.practiceId ?? null;
  await accounts.audit.record({
    action: 'worksheet-opened',
    practiceId,
    actorUserId: access.userId,
    worksheetId,
    details: {
      role: access.role,
      readOnly: access.readOnly,
      openedAt: new Date(since).toISOString(),
      durationMs: closedAt - since,
    },
  });
}
