import type { UpdatesStoredEvent, UpdatesStoredListener } from '../relay/relay-hooks.js';

/**
 * Who is told that worksheet updates were stored, whichever path stored them: the relay (a person's
 * edits) or the server itself (a worksheet created or answered without a socket, e.g. the demo).
 * Built once per server, so derivations (progress, measure results) are registered in one place.
 */
export class UpdatesStoredListeners {
  private readonly listeners: UpdatesStoredListener[] = [];

  /** Registers a listener; returns a function that removes it. */
  add(listener: UpdatesStoredListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  all(): readonly UpdatesStoredListener[] {
    return this.listeners;
  }

  /** Tells every listener; one failing listener is reported and does not stop the others. */
  async announce(
    event: UpdatesStoredEvent,
    logError: (message: string, error: unknown) => void,
  ): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        logError(`An updates-stored listener failed for ${event.worksheetId}`, error);
      }
    }
  }
}
