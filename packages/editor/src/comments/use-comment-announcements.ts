import { isThreadStart } from '@interlude/schema';
import { useEffect, useRef, useState } from 'react';
import type { CommentsSnapshot } from './comments-controller.js';
import { shorten } from './thread-anchors.js';

/**
 * The text of the panel's live region: comments and replies that arrive from someone else ("New reply from
 * Sam: …"), and what the person's own actions did (`announce`). Only ids never seen before are news: an edit,
 * a deletion, a resolution or a thread moving to Detached keeps its id and is never announced. What was there
 * when the panel opened, and everything that arrives while `loading` (the document filling in from the
 * device's copy and the first sync), is taken as seen.
 */
export function useCommentAnnouncements(snapshot: CommentsSnapshot, loading = false) {
  const [message, setMessage] = useState('');
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!snapshot.ready) return;
    const records = [...snapshot.placed, ...snapshot.detached].flatMap(({ thread }) => [
      thread.start,
      ...thread.replies,
    ]);
    if (known.current === null || loading) {
      known.current ??= new Set();
      for (const record of records) known.current.add(record.id);
      return;
    }
    const seen = known.current;
    const fresh = records.filter((record) => !seen.has(record.id));
    for (const record of fresh) seen.add(record.id);
    const fromOthers = fresh.filter((record) => record.authorId !== snapshot.author.id && !record.deletedAt);
    const [only] = fromOthers;
    if (fromOthers.length === 1 && only) {
      const what = isThreadStart(only) ? 'comment' : 'reply';
      setMessage(`New ${what} from ${only.authorName || 'someone'}: ${shorten(only.body)}`);
    } else if (fromOthers.length > 1) {
      setMessage(`${fromOthers.length} new comments.`);
    }
  }, [snapshot, loading]);
  return { message, announce: setMessage };
}
