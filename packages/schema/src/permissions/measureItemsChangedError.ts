/** A tailored copy of a scored measure whose items differ from the published ones; `message` is for the therapist. */
export class MeasureItemsChangedError extends Error {
  override readonly name = 'MeasureItemsChangedError';
  readonly reason = 'measure-items-changed';
}
