import { CloseCode } from '@interlude/schema/sync';
import { auditConnectionOpened } from '../audit/connection-audit.js';
import type { TimerHandle } from '../clock.js';
import type { WorksheetAccess } from '../relay/authorize.js';
import { Relay, type RelayOptions } from '../relay/relay.js';
import type { RelayConnection } from '../relay/relay-connection.js';
import type { RelaySocket } from '../relay/relay-socket.js';
import type { Accounts } from './accounts.js';

/** How often open sockets are checked against their sessions' expiry. */
const SESSION_SWEEP_MS = 60_000;

/**
 * The relay, plus what accounts need from it: each WebSocket session on a worksheet is written to
 * the audit log with its duration, and the connections opened with one sign-in session can be
 * closed when that session signs out.
 */
export class SessionAwareRelay extends Relay {
  private readonly connectionsBySession = new Map<string, Set<RelayConnection>>();
  private readonly expirySweep: TimerHandle;

  constructor(
    private readonly accountsForAudit: Accounts,
    private readonly relayOptions: RelayOptions,
  ) {
    super(relayOptions);
    this.expirySweep = relayOptions.clock.setInterval(() => this.closeExpiredSessions(), SESSION_SWEEP_MS);
  }

  override close(): Promise<void> {
    this.relayOptions.clock.clearInterval(this.expirySweep);
    return super.close();
  }

  /** Sockets outlive no session: once a session expires, its sockets close with 4401 (sign in again). */
  closeExpiredSessions(): void {
    for (const sessionId of [...this.connectionsBySession.keys()]) {
      if (this.accountsForAudit.sessions.isLive(sessionId)) continue;
      this.closeConnectionsOfSession(
        sessionId,
        CloseCode.notSignedIn,
        'Your session has ended: sign in again',
      );
    }
  }

  override connect(socket: RelaySocket, worksheetId: string, access: WorksheetAccess): RelayConnection {
    const connection = super.connect(socket, worksheetId, access);
    if (connection.isClosed) return connection;
    const recordClosed = auditConnectionOpened(this.accountsForAudit, {
      worksheetId,
      userId: access.userId,
      role: access.role,
      readOnly: access.readOnly,
    });
    const sessionId = sessionIdOf(access);
    if (sessionId) {
      const open = this.connectionsBySession.get(sessionId) ?? new Set();
      open.add(connection);
      this.connectionsBySession.set(sessionId, open);
    }
    connection.onClose(() => {
      recordClosed();
      if (!sessionId) return;
      const open = this.connectionsBySession.get(sessionId);
      open?.delete(connection);
      if (open?.size === 0) this.connectionsBySession.delete(sessionId);
    });
    return connection;
  }

  /** Closes every connection opened with the sign-in session. Returns how many were closed. */
  closeConnectionsOfSession(sessionId: string, code: number, reason: string): number {
    const open = [...(this.connectionsBySession.get(sessionId) ?? [])];
    for (const connection of open) connection.close(code, reason);
    return open.length;
  }
}

/** The authorizer (authorize-worksheet.ts) adds the session id to the access it grants. */
function sessionIdOf(access: WorksheetAccess): string | undefined {
  const sessionId = (access as WorksheetAccess & { sessionId?: unknown }).sessionId;
  return typeof sessionId === 'string' ? sessionId : undefined;
}
