import type { SyncStatus } from './sync-status';

type Listener = () => void;

/**
 * What the sessions working on worksheets in this tab (the open page, background sync) report, so a
 * list can show "Sending…" for a worksheet that is not open. Keyed per person and worksheet, like
 * the local copies; entries go when their session ends, and the persisted pending state takes over.
 */
export class LiveSyncBoard {
  private readonly statuses = new Map<string, { status: SyncStatus; owner: object }>();
  private readonly listeners = new Set<Listener>();
  private version = 0;

  /** `owner` is the session reporting; only it can clear its entry (the page and a background run may overlap). */
  report(userId: string, worksheetId: string, owner: object, status: SyncStatus): void {
    const key = `${userId}:${worksheetId}`;
    const current = this.statuses.get(key);
    if (current?.owner === owner && current.status === status) return;
    this.statuses.set(key, { status, owner });
    this.changed();
  }

  clear(userId: string, worksheetId: string, owner: object): void {
    const key = `${userId}:${worksheetId}`;
    if (this.statuses.get(key)?.owner !== owner) return;
    this.statuses.delete(key);
    this.changed();
  }

  statusOf(userId: string, worksheetId: string): SyncStatus | null {
    return this.statuses.get(`${userId}:${worksheetId}`)?.status ?? null;
  }

  /** Whether some session in this tab has the worksheet open (background work leaves it alone then). */
  isActive(userId: string, worksheetId: string): boolean {
    return this.statuses.has(`${userId}:${worksheetId}`);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes on every report, for useSyncExternalStore. */
  snapshot = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/** The tab's one board: the worksheet page and the background sync report to it, the lists read it. */
export const liveSyncBoard = new LiveSyncBoard();
