import { CloseCode } from '@interlude/schema/sync';
import type { Clock, TimerHandle } from '../clock.js';
import type { SessionStore } from '../people/session-store.js';
import type { Relay } from '../relay/relay.js';
import type { RelayConnection } from '../relay/relay-connection.js';

/** How often open sockets are checked against their sessions' expiry. */
const SESSION_SWEEP_MS = 60_000;

/**
 * The relay's open connections grouped by the sign-in session they came with, so that signing out
 * closes that session's sockets (and no other of the same person's), and a session that expires
 * takes its sockets with it. Listens to the relay; the relay knows nothing of sessions.
 */
export class SessionConnections {
  private readonly bySession = new Map<string, Set<RelayConnection>>();
  private readonly sweep: TimerHandle;
  private readonly stopListening: Array<() => void>;
  /** The latest sweep (they are chained, so two never overlap). */
  private sweeping: Promise<void> = Promise.resolve();

  constructor(
    relay: Relay,
    private readonly sessions: Pick<SessionStore, 'isLive'>,
    private readonly clock: Clock,
  ) {
    this.stopListening = [
      relay.onConnectionOpened((connection) => this.add(connection)),
      relay.onConnectionClosed((connection) => this.remove(connection)),
    ];
    this.sweep = clock.setInterval(() => {
      this.sweeping = this.sweeping
        .then(() => this.closeExpiredSessions())
        .catch((error) => relay.logger.error('Could not check open sockets against their sessions', error));
    }, SESSION_SWEEP_MS);
  }

  /** Sockets outlive no session: once a session expires, its sockets close with 4401 (sign in again). */
  async closeExpiredSessions(): Promise<void> {
    for (const sessionId of [...this.bySession.keys()]) {
      if (await this.sessions.isLive(sessionId)) continue;
      this.closeSession(sessionId, CloseCode.notSignedIn, 'Your session has ended: sign in again');
    }
  }

  /** Resolves once the sweeps the clock has started so far have finished (tests, after moving the clock). */
  sweepsSettled(): Promise<void> {
    return this.sweeping;
  }

  /** Closes every connection opened with the sign-in session. Returns how many were closed. */
  closeSession(sessionId: string, code: number, reason: string): number {
    const open = [...(this.bySession.get(sessionId) ?? [])];
    for (const connection of open) connection.close(code, reason);
    return open.length;
  }

  dispose(): void {
    this.clock.clearInterval(this.sweep);
    for (const stop of this.stopListening) stop();
  }

  private add(connection: RelayConnection): void {
    const { sessionId } = connection.access;
    if (!sessionId) return;
    const open = this.bySession.get(sessionId) ?? new Set();
    open.add(connection);
    this.bySession.set(sessionId, open);
  }

  private remove(connection: RelayConnection): void {
    const { sessionId } = connection.access;
    if (!sessionId) return;
    const open = this.bySession.get(sessionId);
    open?.delete(connection);
    if (open?.size === 0) this.bySession.delete(sessionId);
  }
}
