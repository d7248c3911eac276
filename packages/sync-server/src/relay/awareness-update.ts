import { CloseCode, MalformedMessageError } from '@interlude/schema/sync';
import * as decoding from 'lib0/decoding';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null: that client left. */
  state: unknown;
}

/**
 * Decodes an awareness update fully before anything is applied, so a bad entry halfway
 * through cannot leave the room's awareness half-changed.
 */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  try {
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let index = 0; index < count; index++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
    return entries;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new MalformedMessageError(CloseCode.malformed, `Invalid awareness update: ${detail}`.slice(0, 120));
  }
}
