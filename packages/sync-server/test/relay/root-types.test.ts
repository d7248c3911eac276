import { COMMENTS_MAP, CONTENT_FIELD, doc, prompt, scale, type WorksheetMeta } from '@interlude/schema';
import { encodeWorksheetSeed, readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { admitByWorksheetRole } from '../../src/permissions/admit-worksheet-update.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { ControlledDocumentStore } from '../helpers/controlled-document-store.js';
import { clientAccess, createRelayFixture, therapistAccess, worksheetA } from '../helpers/relay-fixture.js';

const meta: WorksheetMeta = {
  schemaVersion: 1,
  title: 'Mood check',
  kind: 'worksheet',
  templateId: null,
  templateVersion: null,
};

const seedContent = doc(
  prompt({ id: 'situation', question: 'What happened?' }),
  scale({ id: 'mood', label: 'Mood', min: 0, max: 10, step: 1, metricKey: 'mood' }),
);

async function seededFixture() {
  const store = new ControlledDocumentStore(new MemoryDocumentStore());
  const provenance = { userId: 'therapist-1', role: 'therapist' as const, receivedAt: 1 };
  await store.appendUpdates(worksheetA, [encodeWorksheetSeed(seedContent, meta)], provenance);
  const fixture = createRelayFixture({ store, admitUpdate: admitByWorksheetRole });
  const joinSynced = async (access = clientAccess) => {
    const client = await fixture.join(access);
    client.sendStep1();
    await fixture.relay.flushed();
    client.process();
    return client;
  };
  return { fixture, store, joinSynced };
}

const mood = (ydoc: Y.Doc): Y.XmlElement =>
  ydoc
    .getXmlFragment(CONTENT_FIELD)
    .toArray()
    .find(
      (node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute('id') === 'mood',
    )!;

const moodValue = (ydoc: Y.Doc) =>
  readWorksheetContent(ydoc).content!.find((node) => node.attrs?.id === 'mood')!.attrs!.value;

describe('R19–R21 admission by root type', () => {
  test("R19: what an update writes to an unknown root type is repaired away; the sender stays connected, its earlier answer and others' edits stand", async () => {
    const { fixture, store, joinSynced } = await seededFixture();
    const client = await joinSynced(clientAccess);
    const therapist = await joinSynced(therapistAccess);
    client.edit((ydoc) => mood(ydoc).setAttribute('value', 4 as unknown as string));
    await fixture.relay.flushed();
    client.edit((ydoc) => ydoc.getMap('evil').set('payload', 'unchecked'));
    await fixture.relay.flushed();
    expect(client.socket.closed).toBeNull();
    expect(await store.refusedUpdates(worksheetA)).toEqual([]);
    client.process();
    expect(client.doc.getMap('evil').size).toBe(0);

    therapist.edit((ydoc) => mood(ydoc).setAttribute('label', 'Mood today'));
    await fixture.relay.flushed();
    expect(therapist.socket.closed).toBeNull();
    const reader = await joinSynced(therapistAccess);
    expect(moodValue(reader.doc)).toBe(4);
    expect(mood(reader.doc).getAttribute('label')).toBe('Mood today');
    expect(reader.doc.getMap('evil').size).toBe(0);
  });

  test('R21: a record in "comments" that is not a valid comment is repaired away, even from the therapist, who stays connected', async () => {
    const { fixture, store, joinSynced } = await seededFixture();
    const therapist = await joinSynced(therapistAccess);
    const client = await joinSynced(clientAccess);
    therapist.edit((ydoc) => ydoc.getMap(COMMENTS_MAP).set('thread-1', { text: 'Well done' }));
    await fixture.relay.flushed();
    expect(therapist.socket.closed).toBeNull();
    expect(await store.refusedUpdates(worksheetA)).toEqual([]);
    therapist.process();
    expect(therapist.doc.getMap(COMMENTS_MAP).size).toBe(0);
    client.edit((ydoc) => mood(ydoc).setAttribute('value', 7 as unknown as string));
    await fixture.relay.flushed();
    expect(client.socket.closed).toBeNull();
    const reader = await joinSynced(therapistAccess);
    expect(reader.doc.getMap(COMMENTS_MAP).size).toBe(0);
    expect(moodValue(reader.doc)).toBe(7);
  });
});
