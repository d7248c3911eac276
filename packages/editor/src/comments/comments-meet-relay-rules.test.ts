import { type CommentAuthor, checkCommentsChange } from '@interlude/schema';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type CommentSide, commentSession, rangeOfText, selectText } from '../testing/comment-session.js';

/** A copy of a document with its own history, for a "before" and an "after" the relay would compare. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/**
 * Stands where the relay stands: keeps its own copy of the document, collects what each person's editor
 * writes locally, and judges each update with the relay's comment rules (docs/comments.md) as that person.
 */
function relayJudging(session: ReturnType<typeof commentSession>) {
  const stored = copyOf(session.client.doc);
  const sent = new Map<CommentSide, Uint8Array[]>();
  for (const [side, other] of [
    [session.therapist, session.client],
    [session.client, session.therapist],
  ] as const) {
    sent.set(side, []);
    // Updates the test relay copied in from the other person are theirs, not this side's.
    side.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== other.doc) sent.get(side)?.push(update);
    });
  }
  return (side: CommentSide, author: CommentAuthor) => {
    const updates = sent.get(side)?.splice(0) ?? [];
    expect(updates.length).toBeGreaterThan(0);
    for (const update of updates) {
      const after = copyOf(stored);
      Y.applyUpdate(after, update);
      const denial = checkCommentsChange({
        actor: { userId: author.id, role: author.role, displayName: author.name },
        nowMs: Date.now(),
        before: stored,
        after,
      });
      expect(denial).toBeNull();
      Y.applyUpdate(stored, update);
    }
  };
}

describe('what the editor writes passes the relay’s comment rules, so an honest person never sees a repair', () => {
  it('start, reply, edit, resolve, reopen and delete, by therapist and client, live and offline', () => {
    const session = commentSession();
    const { therapist, client } = session;
    const judge = relayJudging(session);

    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    const onAnswer = therapist.comments.submitDraft('Which part of work?');
    judge(therapist, therapist.comments.author);

    client.comments.reply(onAnswer.id, 'The meetings.');
    judge(client, client.comments.author);

    client.comments.beginNodeComment('anxiety');
    const clients = client.comments.submitDraft('Is 7 high?');
    judge(client, client.comments.author);

    therapist.comments.setResolved(clients.id, true);
    judge(therapist, therapist.comments.author);
    client.comments.setResolved(clients.id, false);
    judge(client, client.comments.author);

    session.goOffline();
    const reply = client.comments.reply(onAnswer.id, 'Written offline.');
    client.comments.edit(reply.id, 'Written offline, edited.');
    selectText(client.editor, 'mood dropped');
    client.comments.beginTextComment();
    client.comments.submitDraft('On the instructions');
    session.goOnline();
    judge(client, client.comments.author);

    therapist.comments.remove(onAnswer.id);
    judge(therapist, therapist.comments.author);
  });

  it('a comment posted instead on the question, or as a general one, after its text was deleted', () => {
    const session = commentSession();
    const { therapist, client } = session;
    const judge = relayJudging(session);

    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    client.editor.commands.deleteRange(rangeOfText(client.editor.state.doc, 'At work'));
    judge(client, client.comments.author);
    therapist.comments.postDraftInstead('On the whole question');
    judge(therapist, therapist.comments.author);

    selectText(client.editor, 'mood dropped');
    client.comments.beginTextComment();
    therapist.editor.commands.deleteRange(rangeOfText(therapist.editor.state.doc, 'mood dropped'));
    judge(therapist, therapist.comments.author);
    expect(client.comments.getSnapshot().draft?.instead).toEqual({ kind: 'general' });
    client.comments.postDraftInstead('A general one');
    judge(client, client.comments.author);
  });
});
