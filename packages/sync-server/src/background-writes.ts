/**
 * Writes the server starts without waiting for them: audit entries and rows derived from stored updates.
 * Shutdown waits for them before it closes the database, so none is cut off by a closed connection.
 */
export class BackgroundWrites {
  private readonly pending = new Set<Promise<unknown>>();

  /** Keeps `work` until it settles; returns it as it is. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** The listener, called as it was (at once: listeners read the live document before any wait), its work kept. */
  tracked<E>(listener: (event: E) => void | Promise<void>): (event: E) => void | Promise<void> {
    return (event) => {
      const result = listener(event);
      return result instanceof Promise ? this.track(result) : result;
    };
  }

  /** Resolves once everything started so far, and whatever that started meanwhile, has settled. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
