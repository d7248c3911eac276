export interface WaitOptions {
  /** Generous by default: two cores are shared with other test runs. */
  timeoutMs?: number;
  /** Said in the error when the condition never held. */
  message?: string;
}

/**
 * Re-checks `condition` until it returns a truthy value (which is returned) or time runs out.
 * For conditions outside the page (API state, the server's store); inside a page prefer
 * locator waits or `page.waitForFunction`, which react to DOM changes.
 */
export async function waitUntil<T>(
  condition: () => T | Promise<T>,
  options: WaitOptions = {},
): Promise<NonNullable<T>> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  let pause = 25;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
      lastError = null;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`${options.message ?? 'Condition not met'} within ${timeoutMs} ms${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 250);
  }
}
