import { expect, test } from 'vitest';
import {
  BusMessageError,
  decodeCloseRequest,
  decodeRoomBusMessage,
  encodeCloseRequest,
  encodeRoomBusMessage,
  INSTANCE_ID_BYTES,
} from './bus-message.js';

const sender = new Uint8Array(INSTANCE_ID_BYTES).fill(7);

test('B9: every kind of room message survives encoding, payload bytes unchanged', () => {
  const payload = new Uint8Array([1, 2, 3, 250]);
  for (const kind of ['update', 'awareness'] as const) {
    const decoded = decodeRoomBusMessage(encodeRoomBusMessage({ kind, sender, payload }));
    expect(decoded.kind).toBe(kind);
    expect([...decoded.sender]).toEqual([...sender]);
    expect('payload' in decoded && [...decoded.payload]).toEqual([1, 2, 3, 250]);
  }
  for (const kind of ['awareness-query', 'resync'] as const) {
    const decoded = decodeRoomBusMessage(encodeRoomBusMessage({ kind, sender }));
    expect(decoded).toEqual({ kind, sender: expect.any(Uint8Array) });
  }
});

test('B9: a message this version does not write is refused with a reason, never half-read', () => {
  const valid = encodeRoomBusMessage({ kind: 'update', sender, payload: new Uint8Array([0, 0]) });
  expect(() => decodeRoomBusMessage(valid.subarray(0, 10))).toThrow(BusMessageError);
  const otherVersion = Buffer.from(valid);
  otherVersion[0] = 2;
  expect(() => decodeRoomBusMessage(otherVersion)).toThrow(/format 2/);
  const unknownKind = Buffer.from(valid);
  unknownKind[1] = 9;
  expect(() => decodeRoomBusMessage(unknownKind)).toThrow(/kind 9/);
});

test('B6: close requests travel as checked JSON', () => {
  const request = { target: 'user' as const, id: 'user-1', code: 4403, reason: 'Your access has ended' };
  expect(decodeCloseRequest(encodeCloseRequest(sender, request))).toEqual({
    sender: '07'.repeat(INSTANCE_ID_BYTES),
    request,
  });
  expect(() => decodeCloseRequest('{')).toThrow(BusMessageError);
  expect(() => decodeCloseRequest(JSON.stringify({ ...request, sender: 'x' }))).toThrow(BusMessageError);
  const everyone = { sender: '07'.repeat(INSTANCE_ID_BYTES), ...request, target: 'everyone' };
  expect(() => decodeCloseRequest(JSON.stringify(everyone))).toThrow(BusMessageError);
  expect(() => decodeCloseRequest(JSON.stringify({ ...everyone, target: 'user', code: 99 }))).toThrow(
    BusMessageError,
  );
});
