import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { ControlledDocumentStore } from '../../test/helpers/controlled-document-store.js';
import { createRelayFixture, therapistAccess, worksheetA } from '../../test/helpers/relay-fixture.js';
import { MemoryDocumentStore } from '../storage/memory-document-store.js';

const provenance = { userId: 'therapist-1', role: 'therapist' as const, receivedAt: 1 };

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function textOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getText('body').toString();
}

test('R28: the state served is the stored document, and the room unloads afterwards as after a connection', async () => {
  const fixture = createRelayFixture();
  await fixture.store.appendUpdates(worksheetA, [textUpdate('stored')], provenance);
  expect(textOf(await fixture.relay.servedState(worksheetA))).toBe('stored');
  expect(fixture.relay.hasRoom(worksheetA)).toBe(true);
  fixture.clock.advance(1_000);
  expect(fixture.relay.hasRoom(worksheetA)).toBe(false);
});

test('R28: a room already open serves what it has stored, and stays for its connections', async () => {
  const fixture = createRelayFixture();
  await fixture.store.appendUpdates(worksheetA, [textUpdate('open')], provenance);
  await fixture.join(therapistAccess);
  expect(textOf(await fixture.relay.servedState(worksheetA))).toBe('open');
  fixture.clock.advance(5_000);
  expect(fixture.relay.hasRoom(worksheetA)).toBe(true);
});

test('R28 with R4: a failed load rejects, serves nothing and writes nothing; the next read loads again', async () => {
  const store = new ControlledDocumentStore(new MemoryDocumentStore());
  await store.appendUpdates(worksheetA, [textUpdate('kept')], provenance);
  const fixture = createRelayFixture({ store });
  store.failLoadsWith = new Error('disk unavailable');
  const batchesBefore = store.batches.length;
  await expect(fixture.relay.servedState(worksheetA)).rejects.toThrow(/could not be loaded/);
  expect(store.batches.length).toBe(batchesBefore);
  store.failLoadsWith = null;
  expect(textOf(await fixture.relay.servedState(worksheetA))).toBe('kept');
});
