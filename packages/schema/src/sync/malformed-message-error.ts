import type { CloseCode } from './close-codes.js';

/** A frame the relay refuses; carries the close code and a reason for the offending socket only. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
  constructor(
    readonly closeCode: typeof CloseCode.malformed | typeof CloseCode.unsupported,
    message: string,
  ) {
    super(message);
  }
}
