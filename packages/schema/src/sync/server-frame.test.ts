import { expect, test } from 'vitest';
import { readServerSyncMessage } from './server-frame.js';

test('reads a sync step 1 with the server state vector', () => {
  expect(readServerSyncMessage(new Uint8Array([0, 0, 2, 7, 9]))).toEqual({
    kind: 'sync-step-1',
    stateVector: new Uint8Array([7, 9]),
  });
});

test('reads sync step 2 and update frames with their updates', () => {
  expect(readServerSyncMessage(new Uint8Array([0, 1, 1, 5]))).toEqual({
    kind: 'sync-step-2',
    update: new Uint8Array([5]),
  });
  expect(readServerSyncMessage(new Uint8Array([0, 2, 1, 6]))).toEqual({
    kind: 'sync-update',
    update: new Uint8Array([6]),
  });
});

test('reads multi-byte lengths', () => {
  const payload = new Uint8Array(200).fill(3);
  const frame = new Uint8Array([0, 2, 0xc8, 0x01, ...payload]);
  expect(readServerSyncMessage(frame)).toEqual({ kind: 'sync-update', update: payload });
});

test('ignores awareness, auth, unknown and truncated frames instead of throwing', () => {
  expect(readServerSyncMessage(new Uint8Array([2, 0, 1, 0x78]))).toBeNull();
  expect(readServerSyncMessage(new Uint8Array([0, 7, 0]))).toBeNull();
  expect(readServerSyncMessage(new Uint8Array([1, 0]))).toBeNull();
  expect(readServerSyncMessage(new Uint8Array([0, 2, 5, 1]))).toBeNull();
  expect(readServerSyncMessage(new Uint8Array([]))).toBeNull();
});
