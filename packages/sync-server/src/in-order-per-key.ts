/**
 * Runs async tasks one after another per key, and tasks of different keys freely. A store write that was
 * read from a document earlier must not land after one read later (on Postgres, statements from a pool can
 * overtake each other). With nothing queued for its key a task starts at once, synchronously.
 */
export class InOrderPerKey {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    const result = previous ? previous.then(task) : task();
    // A failed task does not stop the next one: each caller hears of its own failure only.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have a task running or queued. */
  get busyKeys(): number {
    return this.tails.size;
  }
}
