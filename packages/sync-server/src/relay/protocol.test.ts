import * as encoding from 'lib0/encoding';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { decodeAwarenessUpdate } from './awareness-update.js';
import { CloseCode } from './close-codes.js';
import {
  decodeClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  MalformedMessageError,
} from './protocol.js';
import { closeReason } from './relay-socket.js';
import { isWorksheetId, newWorksheetId } from './worksheet-id.js';

function closeCodeOf(frame: Uint8Array): number | null {
  try {
    decodeClientMessage(frame);
    return null;
  } catch (error) {
    if (error instanceof MalformedMessageError) return error.closeCode;
    throw error;
  }
}

describe('R1 one well-formed message per frame', () => {
  test('R1: every message kind round-trips through encode and decode', () => {
    const payload = new Uint8Array([1, 2, 3]);
    expect(decodeClientMessage(encodeSyncStep1(payload))).toEqual({
      kind: 'sync-step-1',
      stateVector: payload,
    });
    expect(decodeClientMessage(encodeSyncStep2(payload))).toEqual({ kind: 'sync-step-2', update: payload });
    expect(decodeClientMessage(encodeSyncUpdate(payload))).toEqual({ kind: 'sync-update', update: payload });
    expect(decodeClientMessage(encodeAwarenessMessage(payload))).toEqual({
      kind: 'awareness',
      update: payload,
    });
    expect(decodeClientMessage(new Uint8Array([3]))).toEqual({ kind: 'query-awareness' });
  });

  test('R1: the encoding matches y-protocols byte for byte', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    const update = Y.encodeStateAsUpdate(doc);
    const expected = encoding.createEncoder();
    encoding.writeVarUint(expected, 0);
    encoding.writeVarUint(expected, 2);
    encoding.writeVarUint8Array(expected, update);
    expect([...encodeSyncUpdate(update)]).toEqual([...encoding.toUint8Array(expected)]);
  });

  test('R1: truncated varints and lengths running past the frame are malformed (1002)', () => {
    expect(closeCodeOf(new Uint8Array([]))).toBe(CloseCode.malformed);
    expect(closeCodeOf(new Uint8Array([0x80]))).toBe(CloseCode.malformed);
    expect(closeCodeOf(new Uint8Array([0]))).toBe(CloseCode.malformed);
    expect(closeCodeOf(new Uint8Array([0, 2, 10, 1, 2]))).toBe(CloseCode.malformed);
    expect(closeCodeOf(new Uint8Array([1, 0x85]))).toBe(CloseCode.malformed);
  });

  test('R1: trailing bytes after one message are malformed: one message per frame', () => {
    const twoMessages = new Uint8Array([...encodeSyncUpdate(new Uint8Array([0, 0])), 3]);
    expect(closeCodeOf(twoMessages)).toBe(CloseCode.malformed);
  });

  test('R1: unknown message types, unknown sync types and client auth messages are unsupported (1003)', () => {
    expect(closeCodeOf(new Uint8Array([9]))).toBe(CloseCode.unsupported);
    expect(closeCodeOf(new Uint8Array([2, 0, 0]))).toBe(CloseCode.unsupported);
    expect(closeCodeOf(new Uint8Array([0, 7, 0]))).toBe(CloseCode.unsupported);
  });

  test('R1: an awareness update with broken JSON or trailing bytes is malformed', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 42);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, '{not json');
    expect(() => decodeAwarenessUpdate(encoding.toUint8Array(encoder))).toThrow(MalformedMessageError);
    expect(() => decodeAwarenessUpdate(new Uint8Array([0, 1]))).toThrow(MalformedMessageError);
    expect(decodeAwarenessUpdate(new Uint8Array([0]))).toEqual([]);
  });
});

describe('A2 worksheet ids', () => {
  test('A2: new ids carry 128 random bits as 22 base64url characters and pass validation', () => {
    const ids = new Set(Array.from({ length: 1_000 }, () => newWorksheetId()));
    expect(ids.size).toBe(1_000);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
      expect(isWorksheetId(id)).toBe(true);
    }
  });

  test('A2: anything else is not a worksheet id', () => {
    for (const bad of [
      '',
      'short',
      `${'a'.repeat(22)}x`,
      `${'a'.repeat(21)}/`,
      `${'a'.repeat(21)}=`,
      '../../etc/passwd',
    ]) {
      expect(isWorksheetId(bad)).toBe(false);
    }
  });
});

test('close reasons are cut to 123 bytes of UTF-8 without splitting a character', () => {
  expect(closeReason('short')).toBe('short');
  const long = closeReason('é'.repeat(200));
  expect(Buffer.byteLength(long)).toBeLessThanOrEqual(123);
  expect(long.endsWith('…')).toBe(true);
  expect(long).not.toContain('\uFFFD');
});
