/**
 * Resolves when `check` passes, re-checking whenever `subscribe` reports a change. Event-driven:
 * no polling, no sleeps. The test timeout bounds the wait.
 */
export function waitFor(check: () => boolean, subscribe: (notify: () => void) => () => void): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = subscribe(() => {
      if (!check()) return;
      unsubscribe();
      resolve();
    });
  });
}
