import { describe, expect, test } from 'vitest';
import { InOrderPerKey } from '../src/in-order-per-key.js';

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('InOrderPerKey', () => {
  test('tasks of one key run one after another in the order given; other keys do not wait', async () => {
    const queue = new InOrderPerKey();
    const started: string[] = [];
    const first = gate();
    const a1 = queue.run('a', async () => {
      started.push('a1');
      await first.promise;
    });
    const a2 = queue.run('a', async () => {
      started.push('a2');
    });
    const b1 = queue.run('b', async () => {
      started.push('b1');
    });
    // The first task of a key starts at once, synchronously; a second waits for it.
    expect(started).toEqual(['a1', 'b1']);
    await b1;
    expect(started).toEqual(['a1', 'b1']);
    first.open();
    await Promise.all([a1, a2]);
    expect(started).toEqual(['a1', 'b1', 'a2']);
  });

  test('a failed task is reported to its caller only, and the next one still runs', async () => {
    const queue = new InOrderPerKey();
    const first = gate();
    const failed = queue.run('a', () => first.promise);
    const next = queue.run('a', async () => 'ran');
    first.fail(new Error('write refused'));
    await expect(failed).rejects.toThrow('write refused');
    await expect(next).resolves.toBe('ran');
  });

  test('a key is forgotten once its tasks are done', async () => {
    const queue = new InOrderPerKey();
    await queue.run('a', async () => undefined);
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(queue.busyKeys).toBe(0);
  });
});
