/** Why a worksheet could not be assigned; each says what the therapist can do about it. */
export type AssignmentRefusal =
  | 'client-archived'
  | 'due-date-passed'
  | 'invalid-content'
  | 'measure-items-changed'
  | 'template-not-found'
  | 'invalid-repeat'
  | 'repeat-needs-sending';

/** A worksheet was not assigned, and nothing was stored. */
export class AssignmentRefused extends Error {
  override name = 'AssignmentRefused';
  constructor(
    readonly reason: AssignmentRefusal,
    message: string,
  ) {
    super(message);
  }
}
