/** The words of the new-comments badge ("1 new comment", "2 new comments"); null when there are none. */
export function newCommentsLabel(count: number): string | null {
  if (!Number.isInteger(count) || count <= 0) return null;
  return count === 1 ? '1 new comment' : `${count} new comments`;
}
