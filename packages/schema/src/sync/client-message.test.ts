import * as encoding from 'lib0/encoding';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { decodeClientMessage } from './client-message.js';
import { CloseCode } from './close-codes.js';
import {
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from './encode-message.js';
import { MalformedMessageError } from './malformed-message-error.js';

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
});
