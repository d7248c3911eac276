import { MalformedMessageError } from '@interlude/schema/sync';
import * as encoding from 'lib0/encoding';
import { describe, expect, test } from 'vitest';
import { decodeAwarenessUpdate } from './awareness-update.js';
import { closeReason } from './relay-socket.js';
import { isWorksheetId, newWorksheetId } from './worksheet-id.js';

// The relay's own input checks; the message format's tests live with it in @interlude/schema/sync.

describe('R1 one well-formed message per frame', () => {
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
