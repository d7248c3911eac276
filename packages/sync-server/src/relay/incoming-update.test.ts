import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { IncomingUpdate } from './incoming-update.js';

/** The update a change to `doc` produces. */
function changeOf(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change();
  return Y.encodeStateAsUpdate(doc, before);
}

function decoded(update: Uint8Array): IncomingUpdate {
  const incoming = IncomingUpdate.decode(update);
  if (!incoming) throw new Error('not decodable');
  return incoming;
}

test('R7: bytes Yjs cannot read decode to null', () => {
  expect(IncomingUpdate.decode(new Uint8Array([1, 2, 3, 250, 250]))).toBeNull();
});

test('R22: a deletion is news until the document has made it, then a repeat of it adds nothing', () => {
  const server = new Y.Doc();
  const device = new Y.Doc();
  const typed = changeOf(device, () => device.getText('body').insert(0, 'hello world'));
  Y.applyUpdate(server, typed);
  expect(decoded(typed).addsNothingTo(server)).toBe(true);

  const deletion = changeOf(device, () => device.getText('body').delete(5, 6));
  expect(decoded(deletion).addsNothingTo(server)).toBe(false);
  Y.applyUpdate(server, deletion);
  expect(decoded(deletion).addsNothingTo(server)).toBe(true);
  // A reconnect's step 2 repeats the device's whole state: nothing new either.
  expect(decoded(Y.encodeStateAsUpdate(device)).addsNothingTo(server)).toBe(true);
});

test('R22: deleting items the document does not hold yet is news (Yjs keeps it pending)', () => {
  const server = new Y.Doc();
  const device = new Y.Doc();
  changeOf(device, () => device.getText('body').insert(0, 'unseen'));
  const deletion = changeOf(device, () => device.getText('body').delete(0, 3));
  expect(decoded(deletion).addsNothingTo(server)).toBe(false);
});

test('R24: the client ids an update writes beyond what the document holds', () => {
  const server = new Y.Doc();
  const device = new Y.Doc();
  const first = changeOf(device, () => device.getText('body').insert(0, 'a'));
  expect(decoded(first).clientIdsNewTo(server)).toEqual([device.clientID]);
  Y.applyUpdate(server, first);
  expect(decoded(first).clientIdsNewTo(server)).toEqual([]);
});
