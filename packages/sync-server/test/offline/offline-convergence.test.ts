import { afterAll, beforeAll, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { RunningServer } from '../../src/server.js';
import { type PracticeWithClient, startPracticeWithClient } from '../accounts/practice-with-client.js';
import type { ServerSession } from '../accounts/server-session.js';
import { OfflineDevice } from '../helpers/offline-device.js';
import { addEntry, allElements, findElement, promptAnswerText } from '../helpers/worksheet-edits.js';

/**
 * A client works offline for days on several worksheets while the therapist edits the same ones
 * online, the same answers included; back online, server, therapist and client hold identical
 * documents and nothing the client wrote is lost. Real server, SQLite, sockets and y-websocket.
 */
let practice: PracticeWithClient;
let server: RunningServer;
let therapist: ServerSession;
let client: ServerSession;
let clientId: string;

beforeAll(async () => {
  practice = await startPracticeWithClient('interlude-offline-');
  ({ server, therapist, client, clientId } = practice);
});

afterAll(() => practice.close());

async function assign(templateId: string): Promise<string> {
  const assigned = await therapist.call<{ id: string }>('POST', `/api/clients/${clientId}/worksheets`, {
    templateId,
  });
  expect(assigned.status).toBe(201);
  return assigned.body.id;
}

async function serverDoc(worksheetId: string): Promise<Y.Doc> {
  const response = await fetch(`${server.url}/api/worksheets/${worksheetId}/state`, {
    headers: { cookie: therapist.cookie ?? '' },
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
  return doc;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = [
  'tired',
  'calmer',
  'the bus',
  'my sister',
  'again',
  'work',
  'slept badly',
  'a walk',
  'anxious',
];

function view(doc: Y.Doc) {
  return { content: doc.getXmlFragment('content').toJSON(), meta: doc.getMap('meta').toJSON() };
}

test('hundreds of offline edits across worksheets merge with the therapist’s concurrent edits, nothing lost', async () => {
  const ids = [await assign('thought-record'), await assign('thought-record'), await assign('mood-journal')];
  const clientDevices = ids.map((id) => new OfflineDevice(client, id));
  const therapistDevices = ids.map((id) => new OfflineDevice(therapist, id));
  for (const device of [...clientDevices, ...therapistDevices]) device.connect();
  await Promise.all([...clientDevices, ...therapistDevices].map((device) => device.allSaved()));

  // Online first: the client starts the first answer, and the therapist sees it.
  const [firstClient] = clientDevices as [OfflineDevice];
  const firstPrompt = () => findElement(firstClient.content, 'prompt') as Y.XmlElement;
  promptAnswerText(firstPrompt()).insert(0, 'At work my manager asked to see me and I froze.');
  await firstClient.allSaved();
  const [firstTherapist] = therapistDevices as [OfflineDevice];
  await firstTherapist.until(() => firstTherapist.content.toString().includes('I froze.'));

  for (const device of clientDevices) device.goOffline();
  const next = random(8);
  const markers: string[] = [];
  let edits = 0;
  // A week of diary days on the mood journal, each with an answer typed in.
  const journal = clientDevices[2] as OfflineDevice;
  for (let day = 1; day <= 7; day++) {
    journal.doc.transact(() => {
      const group = findElement(journal.content, 'entryGroup') as Y.XmlElement;
      const entry = addEntry(group, `2026-12-0${day}`);
      const marker = `day ${day}: went to bed at ten`;
      promptAnswerText(findElement(entry, 'prompt') as Y.XmlElement).insert(0, marker);
      markers.push(marker);
    });
    edits++;
  }
  // Typing, deleting and rating across the thought records, the first answer included.
  for (let i = 0; i < 400; i++) {
    const device = clientDevices[Math.floor(next() * 2)] as OfflineDevice;
    const prompts = allElements(device.content, 'prompt');
    // The last answer only grows (its markers must all arrive); the others are typed over freely.
    const lastPrompt = prompts[prompts.length - 1] as Y.XmlElement;
    const answer = promptAnswerText(prompts[Math.floor(next() * (prompts.length - 1))] as Y.XmlElement);
    const roll = next();
    if (roll < 0.15) {
      const scales = allElements(device.content, 'scale');
      const scaleNode = scales[Math.floor(next() * scales.length)];
      scaleNode?.setAttribute('value', Math.floor(next() * 11) as never);
    } else if (roll < 0.35 && answer.length > 0) {
      const at = Math.floor(next() * answer.length);
      answer.delete(at, Math.min(1 + Math.floor(next() * 4), answer.length - at));
    } else if (roll < 0.45) {
      const marker = `[note ${i}]`;
      const kept = promptAnswerText(lastPrompt);
      kept.insert(kept.length, marker);
      markers.push(marker);
    } else {
      answer.insert(Math.floor(next() * (answer.length + 1)), ` ${words[Math.floor(next() * words.length)]}`);
    }
    edits++;
  }
  expect(edits).toBeGreaterThan(400);

  // Meanwhile the therapist, online, changes the very answer the client is rewriting, and a rating.
  const therapistAnswer = promptAnswerText(findElement(firstTherapist.content, 'prompt') as Y.XmlElement);
  therapistAnswer.delete(0, 'At work'.length);
  therapistAnswer.insert(0, 'In the office');
  therapistAnswer.insert(therapistAnswer.length, ' (therapist: what did you notice in your body?)');
  allElements(firstTherapist.content, 'scale')[0]?.setAttribute('value', 3 as never);
  await firstTherapist.allSaved();

  // The client's offline copies, as they stood before reconnecting: all of it must survive.
  const offlineStates = clientDevices.map((device) => ({
    vector: Y.decodeStateVector(Y.encodeStateVector(device.doc)),
    deletes: Y.createDeleteSetFromStructStore(device.doc.store),
  }));
  expect(clientDevices.every((device) => !device.tracker.isSaved())).toBe(true);

  for (const device of clientDevices) device.connect();
  await Promise.all(clientDevices.map((device) => device.allSaved()));

  for (const [index, id] of ids.entries()) {
    const clientDevice = clientDevices[index] as OfflineDevice;
    const therapistDevice = therapistDevices[index] as OfflineDevice;
    await therapistDevice.until(() =>
      Y.encodeStateVector(therapistDevice.doc).every(
        (byte, at) => byte === Y.encodeStateVector(clientDevice.doc)[at],
      ),
    );
    const stored = await serverDoc(id);
    expect(view(clientDevice.doc)).toEqual(view(stored));
    expect(view(therapistDevice.doc)).toEqual(view(stored));
    // Every item and every deletion the client made offline is on the server.
    const storedVector = Y.decodeStateVector(Y.encodeStateVector(stored));
    for (const [writer, clock] of offlineStates[index]?.vector ?? []) {
      expect(storedVector.get(writer) ?? 0).toBeGreaterThanOrEqual(clock);
    }
    const storedDeletes = Y.createDeleteSetFromStructStore(stored.store);
    for (const [writer, ranges] of offlineStates[index]?.deletes.clients ?? []) {
      for (const range of ranges) {
        const covered = (storedDeletes.clients.get(writer) ?? []).some(
          (have) => have.clock <= range.clock && have.clock + have.len >= range.clock + range.len,
        );
        expect(covered).toBe(true);
      }
    }
  }
  const everything = clientDevices.map((device) => device.content.toString()).join('\n');
  for (const marker of markers) expect(everything).toContain(marker);
  expect(everything).toContain('(therapist: what did you notice in your body?)');
  expect(firstClient.content.toString()).toContain('In the office');

  for (const device of [...clientDevices, ...therapistDevices]) device.destroy();
}, 120_000);

test('R18: an old copy on the device meets the migrated document on the server', async () => {
  const id = await assign('thought-record');
  // What an older app wrote: schema version 0, a `question` node whose answer the client typed.
  const old = new Y.Doc();
  old.getMap('meta').set('schemaVersion', 0);
  old.getMap('meta').set('title', 'Old worksheet');
  const question = new Y.XmlElement('question');
  question.setAttribute('id', 'q1');
  question.setAttribute('text', 'How was your week?');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Busy')]);
  question.insert(0, [paragraph]);
  old.getXmlFragment('content').insert(0, [question]);
  await server.context.documentStore.delete(id);
  await server.context.documentStore.appendUpdates(id, [Y.encodeStateAsUpdate(old)], {
    userId: 'client',
    role: 'client',
    receivedAt: 1,
  });

  // The device still holds that old copy, and the client keeps writing in it offline.
  const device = new OfflineDevice(client, id);
  Y.applyUpdate(device.doc, Y.encodeStateAsUpdate(old));
  const offlineAnswer = (device.content.get(0) as Y.XmlElement).get(0) as Y.XmlElement;
  (offlineAnswer.get(0) as Y.XmlText).insert(4, ', but good');
  const therapistDevice = new OfflineDevice(therapist, id);
  therapistDevice.connect();
  await therapistDevice.allSaved();
  expect(therapistDevice.doc.getMap('meta').get('schemaVersion')).toBe(1);

  device.connect();
  await device.allSaved();
  await therapistDevice.until(() => therapistDevice.content.toString() === device.content.toString());
  const stored = await serverDoc(id);
  // Everyone ends on the migrated document, at the current version, identical; the old copy never
  // migrates by itself (the relay is the one writer that migrates) and is not refused.
  expect(device.refusal).toBeNull();
  expect(device.doc.getMap('meta').get('schemaVersion')).toBe(1);
  expect(view(device.doc)).toEqual(view(stored));
  expect(view(therapistDevice.doc)).toEqual(view(stored));
  expect(device.content.toString()).toContain('<prompt');
  expect(device.content.toString()).toContain('Busy');
  // Known gap (docs/offline-data.md): text typed offline inside a node the migration rewrote (here
  // ", but good") lands in the old, deleted node: stored in the log, not in the document anyone sees.
  expect(await server.context.documentStore.refusedUpdates(id)).toHaveLength(0);
  device.destroy();
  therapistDevice.destroy();
});
