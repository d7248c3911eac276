/** Why a worksheet document or its JSON could not be used; `reason` is stable for code, `message` for people. */
export type WorksheetDocumentErrorReason =
  | 'invalid-content'
  | 'invalid-meta'
  | 'unknown-version'
  | 'unknown-measure';

export class WorksheetDocumentError extends Error {
  override readonly name = 'WorksheetDocumentError';

  constructor(
    readonly reason: WorksheetDocumentErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
