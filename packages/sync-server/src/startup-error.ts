/**
 * The server cannot start for a reason its operator can fix: a database or a Redis it cannot reach. main.ts
 * prints the message alone, not a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
