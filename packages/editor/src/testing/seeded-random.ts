// The shared seeded generator, for the editor's fuzz tests.
export { seededRandom } from '@interlude/schema/testing';

/** One element of a non-empty list, picked by the PRNG. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
