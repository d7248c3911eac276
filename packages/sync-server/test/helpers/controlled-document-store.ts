import type { SqlExecutor } from '../../src/database/sql-database.js';
import type {
  DocumentStore,
  DocumentWrite,
  ProvenanceSummary,
  RefusedUpdate,
  StoredDocument,
  UpdateProvenance,
} from '../../src/storage/document-store.js';

/** A gate a test opens when it chooses; operations wait on it while it is closed. */
export class Gate {
  private opened = false;
  private waiters: Array<() => void> = [];
  arrivals = 0;
  private arrivalWaiters: Array<() => void> = [];

  wait(): Promise<void> {
    this.arrivals++;
    for (const notify of this.arrivalWaiters.splice(0)) notify();
    if (this.opened) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Resolves once an operation is waiting at the gate (or already passed it). */
  reached(): Promise<void> {
    if (this.arrivals > 0) return Promise.resolve();
    return new Promise((resolve) => this.arrivalWaiters.push(resolve));
  }

  open(): void {
    this.opened = true;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

/**
 * Wraps a real store so tests can hold loads and writes open, make them fail, and count
 * transactions. Everything else is passed through unchanged.
 */
export class ControlledDocumentStore implements DocumentStore {
  loadGate: Gate | null = null;
  appendGate: Gate | null = null;
  failLoadsWith: Error | null = null;
  failAppendsWith: Error | null = null;
  readonly batches: DocumentWrite[][] = [];
  loadCount = 0;

  constructor(private readonly inner: DocumentStore) {}

  holdLoads(): Gate {
    this.loadGate = new Gate();
    return this.loadGate;
  }

  holdAppends(): Gate {
    this.appendGate = new Gate();
    return this.appendGate;
  }

  async load(documentId: string): Promise<StoredDocument | null> {
    this.loadCount++;
    await this.loadGate?.wait();
    if (this.failLoadsWith) throw this.failLoadsWith;
    return this.inner.load(documentId);
  }

  async appendUpdates(documentId: string, updates: readonly Uint8Array[], provenance: UpdateProvenance) {
    await this.appendBatch(updates.map((update) => ({ documentId, update, provenance })));
  }

  async appendBatch(writes: readonly DocumentWrite[]): Promise<void> {
    await this.appendGate?.wait();
    if (this.failAppendsWith) throw this.failAppendsWith;
    this.batches.push([...writes]);
    await this.inner.appendBatch(writes);
  }

  async createDocument<T>(write: DocumentWrite, recordRows: (tx: SqlExecutor) => T | Promise<T>): Promise<T> {
    await this.appendGate?.wait();
    if (this.failAppendsWith) throw this.failAppendsWith;
    this.batches.push([write]);
    return this.inner.createDocument(write, recordRows);
  }

  compact(documentId: string): Promise<number> {
    return this.inner.compact(documentId);
  }

  delete(documentId: string): Promise<void> {
    return this.inner.delete(documentId);
  }

  provenanceSummary(documentId: string): Promise<ProvenanceSummary[]> {
    return this.inner.provenanceSummary(documentId);
  }

  quarantine(write: DocumentWrite, reason: string): Promise<void> {
    return this.inner.quarantine(write, reason);
  }

  refusedUpdates(documentId: string): Promise<RefusedUpdate[]> {
    return this.inner.refusedUpdates(documentId);
  }
}
