import {
  CONTENT_FIELD,
  doc,
  META_MAP,
  paragraph,
  prompt,
  scale,
  type WorksheetMeta,
} from '@interlude/schema';
import { CloseCode } from '@interlude/schema/sync';
import { encodeWorksheetSeed, readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { admitByWorksheetRole } from '../../src/permissions/admit-worksheet-update.js';
import { migrateLoadedWorksheet } from '../../src/permissions/migrate-loaded-worksheet.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { ControlledDocumentStore } from '../helpers/controlled-document-store.js';
import type { MemoryClient } from '../helpers/memory-socket.js';
import { olderWorksheetUpdate } from '../helpers/older-worksheet.js';
import { clientAccess, createRelayFixture, therapistAccess, worksheetA } from '../helpers/relay-fixture.js';

const meta: WorksheetMeta = {
  schemaVersion: 1,
  title: 'Thought record',
  kind: 'worksheet',
  templateId: null,
  templateVersion: null,
};

const seedContent = doc(
  paragraph('Fill this in after a difficult moment.'),
  prompt({ id: 'situation', question: 'What happened?' }),
  scale({ id: 'mood', label: 'Mood', min: 0, max: 10, step: 1, metricKey: 'mood' }),
);

/** Joins and receives the stored document, as a stock client does with its step 1. */
async function joinSynced(fixture: ReturnType<typeof createRelayFixture>, access = clientAccess) {
  const client = await fixture.join(access);
  client.sendStep1();
  await fixture.relay.flushed();
  client.process();
  return client;
}

async function seededFixture() {
  const store = new ControlledDocumentStore(new MemoryDocumentStore());
  const provenance = { userId: 'therapist-1', role: 'therapist' as const, receivedAt: 1 };
  await store.appendUpdates(worksheetA, [encodeWorksheetSeed(seedContent, meta)], provenance);
  return createRelayFixture({ store, admitUpdate: admitByWorksheetRole });
}

const elementById = (ydoc: Y.Doc, id: string): Y.XmlElement =>
  ydoc
    .getXmlFragment(CONTENT_FIELD)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute('id') === id)!;

/** The text of the answer's first paragraph, created on first use as the editor does when typing. */
function answerText(ydoc: Y.Doc): Y.XmlText {
  const paragraphElement = elementById(ydoc, 'situation').get(0) as Y.XmlElement;
  const existing = paragraphElement.get(0);
  if (existing instanceof Y.XmlText) return existing;
  const created = new Y.XmlText();
  paragraphElement.insert(0, [created]);
  return created;
}

/** Types into the answer in one transaction, so the edit is one update as in the editor. */
function typeAnswer(ydoc: Y.Doc, index: number, text: string): void {
  ydoc.transact(() => answerText(ydoc).insert(index, text));
}

function storedContent(client: MemoryClient) {
  client.process();
  return readWorksheetContent(client.doc);
}

describe('R12 admission by worksheet role', () => {
  test("R12: a client's answers are stored and echoed", async () => {
    const fixture = await seededFixture();
    const client = await joinSynced(fixture, clientAccess);
    const therapist = await joinSynced(fixture, therapistAccess);
    client.edit((ydoc) => typeAnswer(ydoc, 0, 'My manager frowned.'));
    client.edit((ydoc) => elementById(ydoc, 'mood').setAttribute('value', 4 as unknown as string));
    await fixture.relay.flushed();
    expect(client.socket.closed).toBeNull();
    therapist.process();
    expect(answerText(therapist.doc).toString()).toBe('My manager frowned.');
    expect(elementById(therapist.doc, 'mood').getAttribute('value')).toBe(4);
  });

  test("R23: a client's change of a question is repaired: the sender stays connected, converges, and nobody keeps the change", async () => {
    const fixture = await seededFixture();
    const client = await joinSynced(fixture, clientAccess);
    const therapist = await joinSynced(fixture, therapistAccess);
    const before = storedContent(therapist);
    client.edit((ydoc) => elementById(ydoc, 'situation').setAttribute('question', 'Rewritten by the client'));
    await fixture.relay.flushed();
    expect(client.socket.closed).toBeNull();
    expect(storedContent(therapist)).toEqual(before);
    expect(storedContent(client)).toEqual(before);
    expect(await fixture.store.refusedUpdates(worksheetA)).toEqual([]);
    const summary = await fixture.store.provenanceSummary(worksheetA);
    expect(summary.find((entry) => entry.role === 'system')?.updateCount).toBe(1);
  });

  test('R12: a therapist may change the template; R23: a hand-in for the client is undone', async () => {
    const fixture = await seededFixture();
    const therapist = await joinSynced(fixture, therapistAccess);
    therapist.edit((ydoc) => elementById(ydoc, 'situation').setAttribute('question', 'What happened today?'));
    await fixture.relay.flushed();
    expect(therapist.socket.closed).toBeNull();
    therapist.edit((ydoc) => ydoc.getMap(META_MAP).set('handedInAt', '2026-11-26T10:00:00.000Z'));
    await fixture.relay.flushed();
    expect(therapist.socket.closed).toBeNull();
    therapist.process();
    expect(therapist.doc.getMap(META_MAP).has('handedInAt')).toBe(false);
    expect(elementById(therapist.doc, 'situation').getAttribute('question')).toBe('What happened today?');
  });

  test('R12: a fast typist whose next update builds on one not yet durable is judged with it, not refused', async () => {
    const fixture = await seededFixture();
    const client = await joinSynced(fixture, clientAccess);
    const gate = fixture.store.holdAppends();
    client.edit((ydoc) => typeAnswer(ydoc, 0, 'a'));
    client.edit((ydoc) => typeAnswer(ydoc, 1, 'b'));
    client.edit((ydoc) => typeAnswer(ydoc, 2, 'c'));
    gate.open();
    await fixture.relay.flushed();
    expect(client.socket.closed).toBeNull();
    const reader = await joinSynced(fixture, therapistAccess);
    expect(answerText(reader.doc).toString()).toBe('abc');
  });

  test('R12: an update built on changes the relay lacks asks the client to resync (4000, not final), quarantining nothing', async () => {
    const fixture = await seededFixture();
    const client = await joinSynced(fixture, clientAccess);
    // Typed offline: the first change never reached the relay, the second builds on it.
    let withheld: Uint8Array | null = null;
    const capture = (update: Uint8Array) => {
      withheld = update;
    };
    client.doc.on('update', capture);
    typeAnswer(client.doc, 0, 'offline ');
    client.doc.off('update', capture);
    expect(withheld).not.toBeNull();
    client.edit((ydoc) => typeAnswer(ydoc, 8, 'then online'));
    await fixture.relay.flushed();
    expect(client.socket.closed?.code).toBe(CloseCode.resync);
    expect(await fixture.store.refusedUpdates(worksheetA)).toEqual([]);
  });

  test('R11: a write from a read-only connection is kept in quarantine, never applied', async () => {
    const fixture = await seededFixture();
    const reader = await joinSynced(fixture, { ...clientAccess, readOnly: true });
    reader.edit((ydoc) => typeAnswer(ydoc, 0, 'written offline before access changed'));
    await fixture.relay.flushed();
    expect(reader.socket.closed?.code).toBe(CloseCode.refused);
    const refused = await fixture.store.refusedUpdates(worksheetA);
    expect(refused.map((entry) => entry.reason)).toEqual(['read-only access']);
    const scratch = new Y.Doc();
    for (const update of (await fixture.store.load(worksheetA))!.updates) Y.applyUpdate(scratch, update);
    expect((elementById(scratch, 'situation').get(0) as Y.XmlElement).length).toBe(0);
  });
});

describe('R18 migration on load', () => {
  test('R18: a worksheet written by an older app is migrated and stored with system provenance before anyone is served', async () => {
    const store = new ControlledDocumentStore(new MemoryDocumentStore());
    await store.appendUpdates(worksheetA, [olderWorksheetUpdate()], {
      userId: 'therapist-1',
      role: 'therapist',
      receivedAt: 1,
    });
    const fixture = createRelayFixture({ store, migrateOnLoad: migrateLoadedWorksheet });
    const client = await joinSynced(fixture, clientAccess);
    client.process();
    const promptElement = elementById(client.doc, 'q1');
    expect(promptElement.nodeName).toBe('prompt');
    expect(promptElement.getAttribute('question')).toBe('How was your week?');
    expect(client.doc.getMap(META_MAP).get('schemaVersion')).toBe(1);
    const summary = await store.provenanceSummary(worksheetA);
    expect(summary.map((entry) => entry.role)).toContain('system');
  });

  test('R18: a current worksheet loads unchanged', async () => {
    const store = new ControlledDocumentStore(new MemoryDocumentStore());
    await store.appendUpdates(worksheetA, [encodeWorksheetSeed(seedContent, meta)], {
      userId: 'therapist-1',
      role: 'therapist',
      receivedAt: 1,
    });
    const fixture = createRelayFixture({ store, migrateOnLoad: migrateLoadedWorksheet });
    await joinSynced(fixture, clientAccess);
    expect((await store.load(worksheetA))?.updates).toHaveLength(1);
  });
});
