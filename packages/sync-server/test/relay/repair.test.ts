import {
  COMMENTS_MAP,
  CONTENT_FIELD,
  doc,
  META_MAP,
  paragraph,
  prompt,
  scale,
  templateProjection,
  type WorksheetMeta,
} from '@interlude/schema';
import { CloseCode } from '@interlude/schema/sync';
import { encodeWorksheetSeed, readWorksheetContent } from '@interlude/schema/tiptap';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { RawYjsPeer } from '../helpers/raw-yjs-peer.js';
import { RelayTestHarness } from '../helpers/relay-test-harness.js';
import type { TestProvider } from '../helpers/test-provider.js';
import { storedDoc, worksheetSnapshot } from '../helpers/worksheet-snapshot.js';

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
  prompt({ id: 'thought', question: 'What went through your mind?' }),
  scale({ id: 'mood', label: 'Mood', min: 0, max: 10, step: 1, minLabel: 'Low', maxLabel: 'High' }),
);

// One seed for the whole file: encoding it again would draw new client ids.
const seedUpdate = encodeWorksheetSeed(seedContent, meta);

const client = { user: 'client-1', role: 'client', name: 'Casey' };
const therapist = { user: 'therapist-1', role: 'therapist', name: 'Dr Tan' };

let harness: RelayTestHarness | undefined;
const peers: RawYjsPeer[] = [];
afterEach(async () => {
  for (const peer of peers.splice(0)) peer.close();
  await harness?.dispose();
  harness = undefined;
});

/** A real server holding one seeded worksheet, a therapist on a stock provider and an offending raw client. */
async function seededWorksheet() {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  await harness.server.context.documentStore.appendUpdates(worksheetId, [seedUpdate], {
    userId: 'therapist-1',
    role: 'therapist',
    receivedAt: 1,
  });
  const watcher = harness.provider(worksheetId, therapist);
  await watcher.synced();
  const offender = await rawPeer(worksheetId, client);
  return { worksheetId, watcher, offender };
}

async function rawPeer(worksheetId: string, params: Record<string, string>): Promise<RawYjsPeer> {
  const peer = new RawYjsPeer(harness!.url, worksheetId, params);
  peers.push(peer);
  await peer.sync();
  return peer;
}

const fragment = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FIELD);
const elementById = (ydoc: Y.Doc, id: string) =>
  fragment(ydoc)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute('id') === id);
const answerOf = (ydoc: Y.Doc, id: string) => {
  const block = elementById(ydoc, id)!.get(0) as Y.XmlElement;
  const text = block.get(0);
  if (text instanceof Y.XmlText) return text;
  const created = new Y.XmlText();
  block.insert(0, [created]);
  return created;
};
const answerTextOf = (ydoc: Y.Doc, id: string) => {
  const text = (elementById(ydoc, id)?.get(0) as Y.XmlElement | undefined)?.get(0);
  return text instanceof Y.XmlText ? text.toString() : '';
};
const template = () => templateProjection(readWorksheetContent(createSeeded()));
function createSeeded(): Y.Doc {
  const seeded = new Y.Doc();
  Y.applyUpdate(seeded, seedUpdate);
  return seeded;
}

/** The offender, the therapist and the store (before and after a restart) hold exactly the same document. */
async function expectConverged(worksheetId: string, offender: RawYjsPeer, watcher: TestProvider) {
  await harness!.server.context.relay.flushed();
  const stored = worksheetSnapshot(await storedDoc(harness!.server.context.documentStore, worksheetId));
  await offender.until(
    () => Y.encodeStateVector(offender.doc).length >= 0 && sameState(offender.doc, watcher.doc),
  );
  expect(worksheetSnapshot(offender.doc)).toEqual(stored);
  expect(worksheetSnapshot(watcher.doc)).toEqual(stored);
  await harness!.restart();
  expect(worksheetSnapshot(await storedDoc(harness!.server.context.documentStore, worksheetId))).toEqual(
    stored,
  );
}

function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

describe('R23 a forbidden change is repaired, the permitted rest kept', () => {
  test('R23: one raw update deleting a prompt, rewriting a scale and answering: the answer reaches the therapist, prompt and scale stay intact everywhere, the sender stays connected and its next honest edit lands', async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    // The therapist's replica must never hold the forbidden state, not even for one update.
    const sightings: string[] = [];
    watcher.doc.on('update', () => {
      if (!elementById(watcher.doc, 'thought')) sightings.push('prompt missing');
      if (elementById(watcher.doc, 'mood')?.getAttribute('label') !== 'Mood')
        sightings.push('scale rewritten');
    });
    offender.forge((ydoc) => {
      fragment(ydoc).delete(fragment(ydoc).toArray().indexOf(elementById(ydoc, 'thought')!), 1);
      elementById(ydoc, 'mood')!.setAttribute('label', 'Rate the therapist');
      elementById(ydoc, 'mood')!.setAttribute('max', 3 as unknown as string);
      answerOf(ydoc, 'situation').insert(0, 'My manager frowned.');
    });
    await watcher.docSatisfies((ydoc) => answerTextOf(ydoc, 'situation') === 'My manager frowned.');
    await offender.until(() => elementById(offender.doc, 'thought') !== undefined);
    expect(sightings).toEqual([]);
    expect(templateProjection(readWorksheetContent(watcher.doc))).toEqual(template());
    expect(templateProjection(readWorksheetContent(offender.doc))).toEqual(template());
    expect(offender.closed).toBe(false);

    offender.forge((ydoc) => answerOf(ydoc, 'situation').insert(19, ' I froze.'));
    await watcher.docSatisfies((ydoc) => answerTextOf(ydoc, 'situation') === 'My manager frowned. I froze.');
    expect(offender.closed).toBe(false);
    expect(await harness!.server.context.documentStore.refusedUpdates(worksheetId)).toEqual([]);
    await expectConverged(worksheetId, offender, watcher);
  });

  test('R23: the repair is stored with system provenance naming the sender, in the same write as the update', async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    offender.forge((ydoc) => elementById(ydoc, 'situation')!.setAttribute('question', 'Mine now'));
    await offender.until(
      () => elementById(offender.doc, 'situation')?.getAttribute('question') === 'What happened?',
    );
    await harness!.server.context.relay.flushed();
    const rows = (await harness!.server.context.accounts.sql.query(
      'SELECT user_id, role, repair_of, received_at FROM document_updates WHERE document_id = ? ORDER BY seq',
      [worksheetId],
    )) as Array<{
      user_id: string;
      role: string;
      repair_of: string | null;
      received_at: number;
    }>;
    expect(rows.slice(1).map(({ user_id, role, repair_of }) => ({ user_id, role, repair_of }))).toEqual([
      { user_id: 'client-1', role: 'client', repair_of: null },
      { user_id: 'system', role: 'system', repair_of: 'client-1' },
    ]);
    expect(rows[1]!.received_at).toBe(rows[2]!.received_at);
    await expectConverged(worksheetId, offender, watcher);
  });

  test('R23: a locked meta key is put back while the hand-in in the same update is kept', async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    offender.forge((ydoc) => {
      ydoc.getMap(META_MAP).set('schemaVersion', 0);
      ydoc.getMap(META_MAP).set('handedInAt', '2026-11-26T08:00:00.000Z');
    });
    await watcher.docSatisfies(
      (ydoc) => ydoc.getMap(META_MAP).get('handedInAt') === '2026-11-26T08:00:00.000Z',
    );
    await offender.until(() => offender.doc.getMap(META_MAP).get('schemaVersion') === 1);
    expect(watcher.doc.getMap(META_MAP).get('schemaVersion')).toBe(1);
    await expectConverged(worksheetId, offender, watcher);
  });

  test('R19: what a raw update writes to an unknown root type is deleted; its answer is kept', async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    offender.forge((ydoc) => {
      ydoc.getMap('evil').set('payload', 'unchecked');
      answerOf(ydoc, 'thought').insert(0, 'Kept');
    });
    await watcher.docSatisfies((ydoc) => answerTextOf(ydoc, 'thought') === 'Kept');
    await offender.until(() => offender.doc.getMap('evil').size === 0);
    expect(watcher.doc.getMap('evil').size).toBe(0);
    await expectConverged(worksheetId, offender, watcher);
  });

  test("R21: a raw update posting one comment as itself and one in the therapist's name keeps the first and removes the second; the sender stays connected", async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    const comment = (id: string, author: { id: string; role: string; name: string }) => ({
      id,
      threadId: id,
      anchor: { kind: 'node', nodeId: 'situation' },
      authorId: author.id,
      authorRole: author.role,
      authorName: author.name,
      body: `Written by ${author.name}`,
      createdAt: new Date().toISOString(),
      editedAt: null,
      deletedAt: null,
      resolvedAt: null,
      resolvedBy: null,
    });
    offender.forge((ydoc) => {
      ydoc.getMap(COMMENTS_MAP).set('own', comment('own', { id: 'client-1', role: 'client', name: 'Casey' }));
      ydoc
        .getMap(COMMENTS_MAP)
        .set('forged', comment('forged', { id: 'therapist-1', role: 'therapist', name: 'Dr Tan' }));
    });
    await watcher.docSatisfies((ydoc) => ydoc.getMap(COMMENTS_MAP).has('own'));
    await offender.until(() => !offender.doc.getMap(COMMENTS_MAP).has('forged'));
    expect([...watcher.doc.getMap(COMMENTS_MAP).keys()]).toEqual(['own']);
    expect(offender.closed).toBe(false);
    await expectConverged(worksheetId, offender, watcher);
  });

  test('R21: a record that is not a comment is deleted again; the sender stays connected', async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    offender.forge((ydoc) => ydoc.getMap(COMMENTS_MAP).set('thread-1', { body: 'Posted as the therapist' }));
    await offender.until(() => offender.doc.getMap(COMMENTS_MAP).size === 0);
    expect(offender.closed).toBe(false);
    expect(watcher.doc.getMap(COMMENTS_MAP).size).toBe(0);
    await expectConverged(worksheetId, offender, watcher);
  });

  test('R27: a scale pasted into an answer is removed everywhere; the text typed beside it is kept', async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    offender.forge((ydoc) => {
      answerOf(ydoc, 'situation').insert(0, 'Typed');
      const pasted = new Y.XmlElement('scale');
      pasted.setAttribute('id', 'pasted');
      pasted.setAttribute('label', 'Pasted');
      elementById(ydoc, 'situation')!.insert(1, [pasted]);
    });
    await watcher.docSatisfies((ydoc) => answerTextOf(ydoc, 'situation') === 'Typed');
    await offender.until(() => elementById(offender.doc, 'situation')!.length === 1);
    expect(elementById(watcher.doc, 'situation')!.length).toBe(1);
    await expectConverged(worksheetId, offender, watcher);
  });
});

describe('R24 a Yjs client id belongs to the user who first wrote with it', () => {
  test("R24: an update written under the therapist's client id is refused with 4403 and quarantined, also after a restart", async () => {
    const { worksheetId, watcher } = await seededWorksheet();
    watcher.doc.transact(() => answerOf(watcher.doc, 'thought').insert(0, 'Therapist note'));
    const harnessNow = harness!;
    await harnessNow.server.context.relay.flushed();
    const impostorDoc = new Y.Doc();
    Y.applyUpdate(impostorDoc, Y.encodeStateAsUpdate(watcher.doc));
    impostorDoc.clientID = watcher.doc.clientID;
    const before = Y.encodeStateVector(impostorDoc);
    answerOf(impostorDoc, 'situation').insert(0, "Written in the therapist's name");
    const forged = Y.encodeStateAsUpdate(impostorDoc, before);

    const impostor = await rawPeer(worksheetId, client);
    impostor.sendUpdate(forged);
    expect((await impostor.socket.closed).code).toBe(CloseCode.refused);
    const refused = await harnessNow.server.context.documentStore.refusedUpdates(worksheetId);
    expect(refused.map((entry) => entry.provenance.userId)).toEqual(['client-1']);
    expect(refused[0]!.reason).toMatch(/belongs to another user/);

    await harnessNow.restart();
    const again = await rawPeer(worksheetId, client);
    again.sendUpdate(forged);
    expect((await again.socket.closed).code).toBe(CloseCode.refused);
    expect(
      answerTextOf(await storedDoc(harness!.server.context.documentStore, worksheetId), 'situation'),
    ).toBe('');
  });

  test("R24: the server's repair client id belongs to the system: a client writing under it is refused", async () => {
    const { worksheetId, offender } = await seededWorksheet();
    offender.forge((ydoc) => elementById(ydoc, 'mood')!.setAttribute('label', 'Changed'));
    await offender.until(() => elementById(offender.doc, 'mood')?.getAttribute('label') === 'Mood');
    const known = new Set([
      ...Y.decodeStateVector(Y.encodeStateVector(createSeeded())).keys(),
      offender.doc.clientID,
    ]);
    const repairClientId = [...offender.doc.store.clients.keys()].find((id) => !known.has(id))!;
    const impostorDoc = new Y.Doc();
    Y.applyUpdate(impostorDoc, Y.encodeStateAsUpdate(offender.doc));
    impostorDoc.clientID = repairClientId;
    const before = Y.encodeStateVector(impostorDoc);
    answerOf(impostorDoc, 'situation').insert(0, 'As the server');
    const impostor = await rawPeer(worksheetId, client);
    impostor.sendUpdate(Y.encodeStateAsUpdate(impostorDoc, before));
    expect((await impostor.socket.closed).code).toBe(CloseCode.refused);
  });

  test('R24: the same user may write under its client id again from a new connection', async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    offender.forge((ydoc) => answerOf(ydoc, 'situation').insert(0, 'First'));
    await watcher.docSatisfies((ydoc) => answerTextOf(ydoc, 'situation') === 'First');
    const sameDevice = new Y.Doc();
    Y.applyUpdate(sameDevice, Y.encodeStateAsUpdate(offender.doc));
    sameDevice.clientID = offender.doc.clientID;
    const before = Y.encodeStateVector(sameDevice);
    answerOf(sameDevice, 'situation').insert(5, ' and second');
    const reconnected = await rawPeer(worksheetId, client);
    reconnected.sendUpdate(Y.encodeStateAsUpdate(sameDevice, before));
    await watcher.docSatisfies((ydoc) => answerTextOf(ydoc, 'situation') === 'First and second');
    expect(reconnected.closed).toBe(false);
  });
});

describe('R26 an answer edit is admitted from the update alone', () => {
  test('R26: raw answer edits, a scale value and a deleted word are stored as sent, with no repair, and reach the therapist', async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    offender.forge((ydoc) => answerOf(ydoc, 'situation').insert(0, 'A long day'));
    offender.forge((ydoc) => elementById(ydoc, 'mood')!.setAttribute('value', 3 as unknown as string));
    offender.forge((ydoc) => answerOf(ydoc, 'situation').delete(0, 2));
    await watcher.docSatisfies(
      (ydoc) =>
        answerTextOf(ydoc, 'situation') === 'long day' &&
        (elementById(ydoc, 'mood')?.getAttribute('value') as unknown) === 3,
    );
    await harness!.server.context.relay.flushed();
    const roles = await harness!.server.context.accounts.sql.query<{ role: string }>(
      'SELECT role FROM document_updates WHERE document_id = ? ORDER BY seq',
      [worksheetId],
    );
    expect(roles.map(({ role }) => role)).toEqual(['therapist', 'client', 'client', 'client']);
    await expectConverged(worksheetId, offender, watcher);
  });
});

describe('R29 a comment is admitted from the update alone', () => {
  const posted = (id: string, threadId: string, author: typeof client, body: string) => ({
    id,
    threadId,
    anchor: id === threadId ? { kind: 'node', nodeId: 'situation' } : null,
    authorId: author.user,
    authorRole: author.role,
    authorName: author.name,
    body,
    createdAt: '2026-01-05T09:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    resolvedAt: null,
    resolvedBy: null,
  });

  test("R29: a client's raw comment and the therapist's reply are stored as sent, with no repair, and reach the other side", async () => {
    const { worksheetId, watcher, offender } = await seededWorksheet();
    const thread = posted('th-1', 'th-1', client, 'Does this count as a difficult moment?');
    const answer = posted('re-1', 'th-1', therapist, 'Yes: write down what you noticed.');
    offender.forge((ydoc) => ydoc.getMap(COMMENTS_MAP).set(thread.id, thread));
    await watcher.docSatisfies((ydoc) => ydoc.getMap(COMMENTS_MAP).has('th-1'));
    watcher.doc.getMap(COMMENTS_MAP).set(answer.id, answer);
    await offender.until(() => offender.doc.getMap(COMMENTS_MAP).has('re-1'));
    await harness!.server.context.relay.flushed();
    const roles = await harness!.server.context.accounts.sql.query<{ role: string }>(
      'SELECT role FROM document_updates WHERE document_id = ? ORDER BY seq',
      [worksheetId],
    );
    expect(roles.map(({ role }) => role)).toEqual(['therapist', 'client', 'therapist']);
    const stored = await storedDoc(harness!.server.context.documentStore, worksheetId);
    expect(stored.getMap(COMMENTS_MAP).toJSON()).toEqual({ 'th-1': thread, 're-1': answer });
    expect(offender.closed).toBe(false);
    await expectConverged(worksheetId, offender, watcher);
  });
});

describe('R25 presence shows the signed-in person', () => {
  test("R25: a client claiming the therapist's name and colour is shown with its own", async () => {
    const { worksheetId, watcher } = await seededWorksheet();
    const pretender = harness!.provider(worksheetId, client);
    pretender.provider.awareness.setLocalStateField('user', {
      id: 'therapist-1',
      name: 'Dr Tan',
      color: '#1f6feb',
    });
    await pretender.synced();
    const id = pretender.provider.awareness.clientID;
    await watcher.awarenessSatisfies(
      (states) => (states.get(id)?.user as { name?: string } | undefined)?.name === 'Casey',
    );
    expect(watcher.provider.awareness.getStates().get(id)?.user).toMatchObject({
      id: 'client-1',
      name: 'Casey',
    });
  });
});
