import { expect, test } from 'vitest';
import { readServerSyncFrame } from './sync-frame';

test('reads a sync step 1 as the server state vector', () => {
  expect(readServerSyncFrame(new Uint8Array([0, 0, 2, 7, 9]))).toEqual({
    kind: 'state-vector',
    stateVector: new Uint8Array([7, 9]),
  });
});

test('reads sync step 2 and update frames as updates', () => {
  expect(readServerSyncFrame(new Uint8Array([0, 1, 1, 5]))).toEqual({
    kind: 'update',
    update: new Uint8Array([5]),
  });
  expect(readServerSyncFrame(new Uint8Array([0, 2, 1, 6]))).toEqual({
    kind: 'update',
    update: new Uint8Array([6]),
  });
});

test('reads multi-byte lengths', () => {
  const payload = new Uint8Array(200).fill(3);
  const frame = new Uint8Array([0, 2, 0xc8, 0x01, ...payload]);
  expect(readServerSyncFrame(frame)).toEqual({ kind: 'update', update: payload });
});

test('ignores awareness frames and truncated frames', () => {
  expect(readServerSyncFrame(new Uint8Array([1, 0]))).toBeNull();
  expect(readServerSyncFrame(new Uint8Array([0, 2, 5, 1]))).toBeNull();
  expect(readServerSyncFrame(new Uint8Array([]))).toBeNull();
});
