import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { AdmissionBase } from './admission-base.js';

function edit(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('body').insert(doc.getText('body').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

test('R12: with nothing in flight the stored document is the base, and no copy is made', () => {
  const stored = new Y.Doc();
  const base = new AdmissionBase(stored);
  expect(base.current(0, () => [])).toBe(stored);
});

test('R12: with updates in flight the base includes them, is copied once, and advances as updates are admitted', () => {
  const stored = new Y.Doc();
  const writer = new Y.Doc();
  const first = edit(writer, 'a');
  const base = new AdmissionBase(stored);
  let reads = 0;
  const inFlight = [first];
  const shadow = base.current(1, () => {
    reads++;
    return inFlight;
  });
  expect(shadow).not.toBe(stored);
  expect(shadow.getText('body').toString()).toBe('a');
  const second = edit(writer, 'b');
  base.admitted(second);
  inFlight.push(second);
  expect(
    base
      .current(2, () => inFlight)
      .getText('body')
      .toString(),
  ).toBe('ab');
  expect(reads).toBe(1);
  expect(stored.getText('body').toString()).toBe('');
  base.reset();
  expect(base.current(0, () => [])).toBe(stored);
});
