import type * as Y from 'yjs';
import type { Clock, TimerHandle } from '../clock.js';
import type { UpdatesStoredEvent } from '../relay/relay-hooks.js';

/** How long after the last stored update a worksheet is derived: a typing client derives once, not per key. */
export const DERIVATION_DELAY_MS = 1_000;

export interface DerivationSchedulerOptions {
  clock: Clock;
  delayMs?: number;
  /** Derives the worksheet from the document (reads it only, before it returns or awaits anything). */
  derive: (worksheetId: string, doc: Y.Doc) => Promise<void> | void;
  logError: (message: string, error: unknown) => void;
}

interface Pending {
  doc: Y.Doc;
  timer: TimerHandle;
  onDestroy: () => void;
}

/**
 * Keeps derivation off the relay's hot path: a stored update only (re)starts a timer on the injectable
 * Clock; the worksheet is derived once its updates pause. A document about to be destroyed (its room
 * unloads, the server closes) is derived at once, so no stored change goes underived.
 */
export class DerivationScheduler {
  private readonly pending = new Map<string, Pending>();
  /** Derivations read from their document and still being written. */
  private readonly writing = new Set<Promise<void>>();
  private readonly delayMs: number;

  constructor(private readonly options: DerivationSchedulerOptions) {
    this.delayMs = options.delayMs ?? DERIVATION_DELAY_MS;
  }

  readonly listener = (event: UpdatesStoredEvent): void => {
    const { worksheetId, doc } = event;
    const earlier = this.pending.get(worksheetId);
    if (earlier) this.cancel(worksheetId, earlier);
    const onDestroy = () => this.flush(worksheetId);
    doc.on('destroy', onDestroy);
    const timer = this.options.clock.setTimeout(() => this.flush(worksheetId), this.delayMs);
    this.pending.set(worksheetId, { doc, timer, onDestroy });
  };

  /**
   * Derives one worksheet now if a derivation is waiting: the document is read at once, and the promise
   * settles once the result is stored (a failure is logged, never thrown).
   */
  flush(worksheetId: string): Promise<void> {
    const pending = this.pending.get(worksheetId);
    if (!pending) return Promise.resolve();
    this.cancel(worksheetId, pending);
    const written = this.derive(worksheetId, pending.doc);
    this.writing.add(written);
    void written.then(() => this.writing.delete(written));
    return written;
  }

  /** Derives every waiting worksheet now (before the server closes its database); settles once all are stored. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((worksheetId) => this.flush(worksheetId)));
  }

  /** Settles once every derivation already read from its document is stored (tests, after moving the clock). */
  async settled(): Promise<void> {
    while (this.writing.size > 0) await Promise.all(this.writing);
  }

  get waiting(): number {
    return this.pending.size;
  }

  private async derive(worksheetId: string, doc: Y.Doc): Promise<void> {
    try {
      await this.options.derive(worksheetId, doc);
    } catch (error) {
      this.options.logError(`Could not derive the responses of worksheet ${worksheetId}`, error);
    }
  }

  private cancel(worksheetId: string, pending: Pending): void {
    this.options.clock.clearTimeout(pending.timer);
    pending.doc.off('destroy', pending.onDestroy);
    this.pending.delete(worksheetId);
  }
}
