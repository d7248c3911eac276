/**
 * Counts, in this process, the access changes the API announces (a worksheet deleted, a client archived or
 * their access changed: the moments it closes sockets), per worksheet and per person. The relay checks a
 * socket's access once more, synchronously, when it attaches (relay/authorize.ts `stillGranted`), and the
 * worksheets' rows are read asynchronously now; so instead of reading the row again, that check asks whether
 * any change touching the worksheet or the person was announced since the authorizer read it.
 */
export class AccessChanges {
  private readonly counts = new Map<string, number>();

  worksheetChanged(worksheetId: string): void {
    this.bump(`worksheet:${worksheetId}`);
  }

  userChanged(userId: string): void {
    this.bump(`user:${userId}`);
  }

  /** Notes where things stand now; the returned check is true while nothing about them has changed since. */
  unchangedSince(worksheetId: string, userId: string): () => boolean {
    const keys = [`worksheet:${worksheetId}`, `user:${userId}`];
    const seen = keys.map((key) => this.counts.get(key) ?? 0);
    return () => keys.every((key, index) => (this.counts.get(key) ?? 0) === seen[index]);
  }

  private bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}
