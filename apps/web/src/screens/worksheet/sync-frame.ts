/**
 * Reads just enough of a y-websocket frame to tell what the server told us about the document:
 * `[0, 0, stateVector]` (sync step 1: everything it has) or `[0, 1 | 2, update]` (step 2 / update).
 * Awareness and other frames are of no interest here.
 */
export type ServerSyncFrame =
  | { kind: 'state-vector'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array };

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

class FrameReader {
  private position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new RangeError('truncated varint');
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > 2 ** 53) throw new RangeError('varint too large');
    }
  }

  varUint8Array(): Uint8Array {
    const length = this.varUint();
    if (this.position + length > this.bytes.length) throw new RangeError('truncated payload');
    const slice = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }
}

export function readServerSyncFrame(frame: Uint8Array): ServerSyncFrame | null {
  try {
    const reader = new FrameReader(frame);
    if (reader.varUint() !== MESSAGE_SYNC) return null;
    const syncType = reader.varUint();
    if (syncType === SYNC_STEP_1) return { kind: 'state-vector', stateVector: reader.varUint8Array() };
    if (syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE)
      return { kind: 'update', update: reader.varUint8Array() };
    return null;
  } catch {
    return null;
  }
}
