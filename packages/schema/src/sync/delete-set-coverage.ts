import type * as Y from 'yjs';

export type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/** Every range in `wanted` lies inside one range of `have` (both sorted and merged, as Yjs makes them). */
export function deleteSetCovers(have: DeleteSet, wanted: DeleteSet): boolean {
  for (const [client, ranges] of wanted.clients) {
    const available = have.clients.get(client) ?? [];
    for (const range of ranges) {
      const covered = available.some(
        (candidate) =>
          candidate.clock <= range.clock && candidate.clock + candidate.len >= range.clock + range.len,
      );
      if (!covered) return false;
    }
  }
  return true;
}
