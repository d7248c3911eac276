/**
 * Steps this person just added with "Add step": their view puts the caret in the step's text as it mounts, so
 * typing goes into the new step instead of pressing the button again. Module state is enough: a request is
 * made and taken within one render on this page.
 */
const requested = new Set<string>();

export function requestStepFocus(stepId: string): void {
  requested.add(stepId);
}

/** True once for a step whose focus was requested. */
export function takeStepFocusRequest(stepId: string): boolean {
  return requested.delete(stepId);
}
