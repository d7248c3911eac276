import type { Accounts } from '../accounts/accounts.js';

export interface OpenedConnection {
  worksheetId: string;
  userId: string;
  role: 'therapist' | 'client';
  readOnly: boolean;
}

/**
 * Records each WebSocket session on a worksheet as one "worksheet-opened" entry, written when it
 * closes so it carries the duration. Returns the function to call on close.
 */
export function auditConnectionOpened(accounts: Accounts, connection: OpenedConnection): () => void {
  const openedAt = accounts.clock.now();
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    const user = accounts.users.get(connection.userId);
    accounts.audit.record({
      action: 'worksheet-opened',
      practiceId: user?.practiceId ?? null,
      actorUserId: connection.userId,
      worksheetId: connection.worksheetId,
      details: {
        role: connection.role,
        readOnly: connection.readOnly,
        openedAt: new Date(openedAt).toISOString(),
        durationMs: accounts.clock.now() - openedAt,
      },
    });
  };
}
