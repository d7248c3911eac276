/** A comment the client added since the last review, for the review's "what changed". */
export interface ReviewComment {
  threadId: string;
  authorRole: 'therapist' | 'client';
  text: string;
  createdAt: string;
}

/**
 * The seam for comments in the review: comments live in the document's `comments` map (their model is in
 * packages/schema/src/comments). Until their relay rules land, the review lists none; then this reads the
 * client's comments created after `since` from the worksheet's document.
 */
export function newCommentsSince(_worksheetId: string, _since: number | null): ReviewComment[] {
  return [];
}
