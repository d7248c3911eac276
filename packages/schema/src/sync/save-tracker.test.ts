import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { SaveTracker } from './save-tracker.js';

/** A device's document and what its local edits produce, as the provider would send them. */
function device() {
  const doc = new Y.Doc();
  const sent: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') sent.push(update);
  });
  const tracker = new SaveTracker(doc);
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') tracker.noteLocalUpdate(update);
  });
  return { doc, sent, tracker };
}

test('an empty document is saved once the server says what it has', () => {
  const { tracker } = device();
  tracker.noteServerStateVector(Y.encodeStateVector(new Y.Doc()));
  expect(tracker.isSaved()).toBe(true);
});

test('a local edit is unsaved until the server echoes it', () => {
  const { doc, sent, tracker } = device();
  doc.getText('t').insert(0, 'hello');
  expect(tracker.isSaved()).toBe(false);
  for (const update of sent) tracker.noteServerUpdate(update);
  expect(tracker.isSaved()).toBe(true);
});

test('a deletion is unsaved until the server echoes the deletion, not just the insertion', () => {
  const { doc, sent, tracker } = device();
  doc.getText('t').insert(0, 'hello');
  for (const update of sent.splice(0)) tracker.noteServerUpdate(update);
  doc.getText('t').delete(0, 2);
  expect(tracker.isSaved()).toBe(false);
  for (const update of sent) tracker.noteServerUpdate(update);
  expect(tracker.isSaved()).toBe(true);
});

test("someone else's update applied here is saved: it came from the server", () => {
  const other = new Y.Doc();
  other.getText('t').insert(0, 'from the therapist');
  const update = Y.encodeStateAsUpdate(other);
  const { doc, tracker } = device();
  Y.applyUpdate(doc, update, 'server');
  tracker.noteServerUpdate(update);
  expect(tracker.isSaved()).toBe(true);
});

test("offline work loaded from this device is saved once the server's state vector covers it", () => {
  const earlier = new Y.Doc();
  earlier.getText('t').insert(0, 'written offline yesterday');
  const { doc, tracker } = device();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier), 'indexeddb');
  tracker.noteServerStateVector(Y.encodeStateVector(new Y.Doc()));
  expect(tracker.isSaved()).toBe(false);
  tracker.noteServerStateVector(Y.encodeStateVector(earlier));
  expect(tracker.isSaved()).toBe(true);
});
