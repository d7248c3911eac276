import type { DocumentStore, DocumentWrite } from '../storage/document-store.js';
import type { RelayLogger } from './relay-logger.js';

/** Told what became of the writes it enqueued, in enqueue order. */
export interface CommitSink {
  committed(writes: DocumentWrite[]): void;
  failed(writes: DocumentWrite[], error: unknown): void;
}

interface QueuedWrite {
  write: DocumentWrite;
  sink: CommitSink;
}

/**
 * Group commit: every write enqueued before the next setImmediate (all the frames of one I/O
 * poll, across all rooms) goes to storage in one transaction, so synchronous=FULL costs one
 * fsync per batch rather than per update. While a batch is being written, later writes wait and
 * go together as the next batch once it is done: the flush runs off the event loop, so many loop
 * turns pass during one, and a batch per turn would queue flush behind flush. Batches and
 * exclusive tasks run strictly in order.
 */
export class GroupCommitWriter {
  private queued: QueuedWrite[] = [];
  private flushScheduled = false;
  private batchesWriting = 0;
  private tail: Promise<void> = Promise.resolve();
  private outstanding = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly store: DocumentStore,
    private readonly logger: RelayLogger,
  ) {}

  enqueue(write: DocumentWrite, sink: CommitSink): void {
    this.queued.push({ write, sink });
    this.outstanding++;
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      // A batch being written takes these with the next one when it is done (see flush).
      if (this.batchesWriting === 0) this.flushQueued();
    });
  }

  /** Runs `task` after every write enqueued so far, and before any enqueued later is flushed. */
  runExclusive<T>(task: () => Promise<T>): Promise<T> {
    this.flushQueued();
    this.outstanding++;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => this.settle(1),
      () => this.settle(1),
    );
    return result;
  }

  /** Resolves once nothing is queued or being written. */
  idle(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Chains everything queued so far as one batch behind the batches and tasks already chained. */
  private flushQueued(): void {
    if (this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    this.batchesWriting++;
    this.tail = this.tail.then(() => this.flush(batch));
  }

  private async flush(batch: QueuedWrite[]): Promise<void> {
    let failure: { error: unknown } | null = null;
    try {
      await this.store.appendBatch(batch.map((queued) => queued.write));
    } catch (error) {
      failure = { error };
    }
    for (const [sink, writes] of groupBySink(batch)) {
      try {
        if (failure) sink.failed(writes, failure.error);
        else sink.committed(writes);
      } catch (error) {
        this.logger.error('A room failed while handling the outcome of its writes', error);
      }
    }
    this.batchesWriting--;
    this.settle(batch.length);
    if (this.batchesWriting === 0 && !this.flushScheduled) this.flushQueued();
  }

  private settle(count: number): void {
    this.outstanding -= count;
    if (this.outstanding > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function groupBySink(batch: QueuedWrite[]): Map<CommitSink, DocumentWrite[]> {
  const groups = new Map<CommitSink, DocumentWrite[]>();
  for (const { write, sink } of batch) {
    const writes = groups.get(sink);
    if (writes) writes.push(write);
    else groups.set(sink, [write]);
  }
  return groups;
}
