import { expect, test } from 'vitest';
import { ControlledDocumentStore } from '../../test/helpers/controlled-document-store.js';
import { MemoryRelayLogger } from '../../test/helpers/relay-fixture.js';
import type { DocumentWrite } from '../storage/document-store.js';
import { MemoryDocumentStore } from '../storage/memory-document-store.js';
import { type CommitSink, GroupCommitWriter } from './group-commit-writer.js';

function write(documentId: string, byte: number): DocumentWrite {
  return {
    documentId,
    update: new Uint8Array([byte]),
    provenance: { userId: 'u', role: 'client', receivedAt: byte },
  };
}

class RecordingSink implements CommitSink {
  readonly events: string[] = [];
  committed(writes: DocumentWrite[]): void {
    this.events.push(`committed ${writes.map((w) => w.update[0]).join(',')}`);
  }
  failed(writes: DocumentWrite[], error: unknown): void {
    this.events.push(`failed ${writes.map((w) => w.update[0]).join(',')}: ${(error as Error).message}`);
  }
}

test('R6: writes enqueued in one turn form one batch; later ones wait for it and keep their order', async () => {
  const store = new ControlledDocumentStore(new MemoryDocumentStore());
  const writer = new GroupCommitWriter(store, new MemoryRelayLogger());
  const sinkA = new RecordingSink();
  const sinkB = new RecordingSink();
  const gate = store.holdAppends();
  writer.enqueue(write('a', 1), sinkA);
  writer.enqueue(write('b', 2), sinkB);
  writer.enqueue(write('a', 3), sinkA);
  await gate.reached();
  // Enqueued while the first batch is still being written: goes into the next one.
  writer.enqueue(write('a', 4), sinkA);
  const compacted = writer.runExclusive(async () => {
    sinkA.events.push('exclusive task');
    return 'done';
  });
  writer.enqueue(write('a', 5), sinkA);
  gate.open();
  expect(await compacted).toBe('done');
  await writer.idle();
  expect(store.batches.map((batch) => batch.map((w) => w.update[0]))).toEqual([[1, 2, 3], [4], [5]]);
  expect(sinkA.events).toEqual(['committed 1,3', 'committed 4', 'exclusive task', 'committed 5']);
  expect(sinkB.events).toEqual(['committed 2']);
});

test('R8: a failed batch is reported to each sink as failed, and later batches still run', async () => {
  const store = new ControlledDocumentStore(new MemoryDocumentStore());
  const writer = new GroupCommitWriter(store, new MemoryRelayLogger());
  const sink = new RecordingSink();
  store.failAppendsWith = new Error('disk full');
  writer.enqueue(write('a', 1), sink);
  await writer.idle();
  store.failAppendsWith = null;
  writer.enqueue(write('a', 2), sink);
  await writer.idle();
  expect(sink.events).toEqual(['failed 1: disk full', 'committed 2']);
});

test('a sink that throws is logged and does not stop the writer', async () => {
  const logger = new MemoryRelayLogger();
  const writer = new GroupCommitWriter(new MemoryDocumentStore(), logger);
  const throwing: CommitSink = {
    committed: () => {
      throw new Error('room bug');
    },
    failed: () => {},
  };
  const sink = new RecordingSink();
  writer.enqueue(write('a', 1), throwing);
  writer.enqueue(write('b', 2), sink);
  await writer.idle();
  expect(sink.events).toEqual(['committed 2']);
  expect(logger.errors).toHaveLength(1);
});
