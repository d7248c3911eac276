import type * as Y from 'yjs';
import type { Role } from '../permissions/role.js';

/**
 * One peer's change to a worksheet's `comments` map, as the relay sees it: the document as stored (`before`)
 * and a scratch copy with the peer's update applied (`after`), the signed-in sender, and the server's clock.
 */
export interface CommentsChange {
  actor: { userId: string; role: Role; displayName: string };
  nowMs: number;
  before: Y.Doc;
  after: Y.Doc;
}

/**
 * How far ahead of the server's clock a comment's times may be (docs/comments.md C4). Device clocks drift and
 * some are set by hand; a time that is early by less than this only reorders a thread for a while.
 */
export const COMMENT_CLOCK_TOLERANCE_MS = 60 * 60 * 1000;
