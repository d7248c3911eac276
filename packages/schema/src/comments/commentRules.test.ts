import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMENTS_MAP } from '../document/layout.js';
import { changedCommentKeys } from './changedCommentKeys.js';
import { checkCommentsChange } from './checkCommentsChange.js';
import { COMMENT_LIMITS, type CommentRecord } from './commentRecord.js';
import type { CommentsChange } from './commentsChange.js';
import { repairCommentsChange } from './repairCommentsChange.js';
import { yCommentStore } from './yCommentStore.js';

/** Tests are named after the rules in docs/comments.md; every forged value is written raw into the map. */

const therapist = { userId: 'u-therapist', role: 'therapist', displayName: 'Dr Ada' } as const;
const client = { userId: 'u-client', role: 'client', displayName: 'Sam' } as const;
type Actor = typeof therapist | typeof client;
const NOW = Date.parse('2026-12-06T10:00:00.000Z');
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();
const HOUR = 3_600_000;

function comment(id: string, author: Actor, extra: Partial<CommentRecord> = {}): CommentRecord {
  return {
    id,
    threadId: id,
    anchor: { kind: 'text' },
    authorId: author.userId,
    authorRole: author.role,
    authorName: author.displayName,
    body: `Comment ${id}`,
    createdAt: at(-HOUR),
    editedAt: null,
    deletedAt: null,
    resolvedAt: null,
    resolvedBy: null,
    ...extra,
  };
}
const reply = (id: string, threadId: string, author: Actor, extra: Partial<CommentRecord> = {}) =>
  comment(id, author, { threadId, anchor: null, ...extra });

/** The server's stored document: the therapist's thread `t1` with the client's reply `r1`, the client's thread `t2`. */
function storedDoc(records: CommentRecord[] = defaultRecords()): Y.Doc {
  const doc = new Y.Doc();
  const map = doc.getMap(COMMENTS_MAP);
  for (const record of records) map.set(record.id, record);
  return doc;
}
const defaultRecords = () => [comment('t1', therapist), reply('r1', 't1', client), comment('t2', client)];

/** What the relay judges: `actor` writes raw values into its copy; the update lands on a scratch copy. */
function forge(actor: Actor, write: (map: Y.Map<unknown>) => void, before = storedDoc()): CommentsChange {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(before));
  const known = Y.encodeStateVector(peer);
  write(peer.getMap(COMMENTS_MAP));
  const update = Y.encodeStateAsUpdate(peer, known);
  const after = new Y.Doc();
  Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
  Y.applyUpdate(after, update);
  return { actor, nowMs: NOW, before, after };
}

const commentsOf = (doc: Y.Doc) => doc.getMap(COMMENTS_MAP).toJSON();

/** Repairs `change` and checks the outcome: forbidden keys as before, the rest as written, nothing left to refuse. */
function repaired(change: CommentsChange) {
  repairCommentsChange(change);
  expect(checkCommentsChange(change)).toBeNull();
  return commentsOf(change.after);
}

describe('comment rules', () => {
  it('honest edits through yCommentStore pass every rule and need no repair', () => {
    const before = storedDoc();
    const change = forge(client, () => undefined, before);
    const store = yCommentStore(
      change.after,
      { id: client.userId, role: client.role, name: client.displayName },
      () => new Date(NOW),
    );
    const thread = store.startThread({ anchor: { kind: 'node', nodeId: 'n1' }, body: 'Why this?' });
    store.reply(thread.id, 'Because.');
    store.reply('t1', 'A reply to the therapist.');
    store.edit('t2', 'Reworded');
    store.setResolved('t2', true);
    store.remove('r1');
    expect(checkCommentsChange(change)).toBeNull();
    const writes: Uint8Array[] = [];
    change.after.on('update', (update: Uint8Array) => writes.push(update));
    repairCommentsChange(change);
    expect(writes).toHaveLength(0);
  });

  describe('C1: every value is a well-formed comment stored under its own id', () => {
    const malformed: [string, unknown][] = [
      ['not an object', 'hello'],
      ['missing fields', { id: 'x1', body: 'hi' }],
      ['an unknown field', { ...comment('x1', client), extra: 'payload' }],
      ['a reply with an anchor', reply('x1', 't1', client, { anchor: { kind: 'text' } })],
      ['a thread start without an anchor', comment('x1', client, { anchor: null })],
      ['a resolved reply', reply('x1', 't1', client, { resolvedAt: at(0), resolvedBy: client.userId })],
      ['a resolution without who', comment('x1', client, { resolvedAt: at(0) })],
      ['a deleted comment that keeps its text', comment('x1', client, { deletedAt: at(0) })],
      ['a bad time', comment('x1', client, { createdAt: 'yesterday' })],
    ];
    for (const [what, value] of malformed) {
      it(`refuses ${what}`, () => {
        const change = forge(client, (map) => map.set('x1', value));
        expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-invalid' });
      });
    }

    it('refuses a Yjs type as a value (a comment is plain JSON, rewritten whole)', () => {
      const change = forge(client, (map) => {
        const nested = new Y.Map<unknown>();
        map.set('x1', nested);
        for (const [field, value] of Object.entries(comment('x1', client))) nested.set(field, value);
      });
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-invalid' });
      expect(repaired(change).x1).toBeUndefined();
    });

    it('refuses a comment stored under another id, and the repair removes it but keeps the valid one', () => {
      const change = forge(client, (map) => {
        map.set('x1', comment('x2', client));
        map.set('x3', comment('x3', client));
      });
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-invalid' });
      const after = repaired(change);
      expect(after.x1).toBeUndefined();
      expect(after.x3).toEqual(comment('x3', client));
    });

    it('the repair puts back an existing comment overwritten with junk', () => {
      const change = forge(therapist, (map) => map.set('t1', { junk: true }));
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-invalid' });
      expect(repaired(change).t1).toEqual(comment('t1', therapist));
    });
  });

  describe('C2: size limits', () => {
    it('refuses a body over the limit, and the repair restores the stored text', () => {
      const long = 'x'.repeat(COMMENT_LIMITS.bodyChars + 1);
      const change = forge(client, (map) =>
        map.set('t2', { ...comment('t2', client), body: long, editedAt: at(0) }),
      );
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-too-large' });
      expect(repaired(change).t2).toEqual(comment('t2', client));
    });

    it('refuses an over-long id or name, and names a long key briefly', () => {
      const id = 'i'.repeat(COMMENT_LIMITS.idChars + 1);
      expect(checkCommentsChange(forge(client, (map) => map.set(id, comment(id, client))))).toMatchObject({
        reason: 'comment-too-large',
      });
      const name = { ...comment('x1', client), authorName: 'n'.repeat(COMMENT_LIMITS.nameChars + 1) };
      expect(checkCommentsChange(forge(client, (map) => map.set('x1', name)))).toMatchObject({
        reason: 'comment-too-large',
      });
      const huge = 'k'.repeat(10_000);
      const denial = checkCommentsChange(forge(client, (map) => map.set(huge, comment(huge, client))));
      expect(denial?.message.length).toBeLessThan(120);
    });

    it(`accepts new comments up to ${COMMENT_LIMITS.perWorksheet} per worksheet; the repair removes the rest`, () => {
      const records = [comment('t1', therapist)];
      for (let i = 1; i < COMMENT_LIMITS.perWorksheet - 1; i++) records.push(reply(`r${i}`, 't1', client));
      const change = forge(
        client,
        (map) => {
          map.set('new-a', comment('new-a', client));
          map.set('new-b', comment('new-b', client));
        },
        storedDoc(records),
      );
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comments-full' });
      const after = repaired(change);
      expect(after['new-a']).toBeDefined();
      expect(after['new-b']).toBeUndefined();
      expect(Object.keys(after)).toHaveLength(COMMENT_LIMITS.perWorksheet);
    });
  });

  describe('C3: a new comment is posted as the signed-in sender', () => {
    const forgedAuthors: [string, Partial<CommentRecord>][] = [
      ['another person', { authorId: therapist.userId }],
      ['another role', { authorRole: 'therapist' }],
      ['another name', { authorName: 'Dr Ada' }],
    ];
    for (const [what, fields] of forgedAuthors) {
      it(`refuses a comment that names ${what}; the repair removes it`, () => {
        const change = forge(client, (map) => map.set('x1', { ...comment('x1', client), ...fields }));
        expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-not-permitted' });
        expect(repaired(change).x1).toBeUndefined();
      });
    }
  });

  describe('C4: no time later than the server clock allows', () => {
    it('refuses a comment dated hours ahead; accepts one written offline days ago', () => {
      const future = forge(client, (map) =>
        map.set('x1', comment('x1', client, { createdAt: at(2 * HOUR) })),
      );
      expect(checkCommentsChange(future)).toMatchObject({ reason: 'comment-invalid' });
      expect(repaired(future).x1).toBeUndefined();
      const offline = forge(client, (map) =>
        map.set('x1', comment('x1', client, { createdAt: at(-72 * HOUR) })),
      );
      expect(checkCommentsChange(offline)).toBeNull();
      const slightlyAhead = forge(client, (map) =>
        map.set('x1', comment('x1', client, { createdAt: at(60_000) })),
      );
      expect(checkCommentsChange(slightlyAhead)).toBeNull();
    });

    it('refuses an edit dated in the future; the repair keeps the stored comment', () => {
      const change = forge(client, (map) =>
        map.set('t2', { ...comment('t2', client), body: 'new', editedAt: at(3 * HOUR) }),
      );
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-invalid' });
      expect(repaired(change).t2).toEqual(comment('t2', client));
    });
  });

  describe('C5: id, thread, anchor, author and creation time never change', () => {
    const rewrites: [string, Partial<CommentRecord>][] = [
      ['the thread', { threadId: 't2' }],
      ['the author', { authorId: 'u-other', authorName: 'Other' }],
      ['the author name', { authorName: 'Samuel' }],
      ['the creation time', { createdAt: at(-5 * HOUR) }],
    ];
    for (const [what, fields] of rewrites) {
      it(`refuses changing ${what} of a reply; the repair restores it`, () => {
        const change = forge(client, (map) => map.set('r1', { ...reply('r1', 't1', client), ...fields }));
        expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-not-permitted' });
        expect(repaired(change).r1).toEqual(reply('r1', 't1', client));
      });
    }

    it("refuses moving a thread's anchor, even by its author", () => {
      const change = forge(therapist, (map) =>
        map.set('t1', { ...comment('t1', therapist), anchor: { kind: 'node', nodeId: 'n9' } }),
      );
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-not-permitted' });
      expect(repaired(change).t1).toEqual(comment('t1', therapist));
    });
  });

  describe('C6: only the author edits or deletes a comment, and deleting is final', () => {
    it("refuses the client editing the therapist's comment; the repair restores it", () => {
      const change = forge(client, (map) =>
        map.set('t1', { ...comment('t1', therapist), body: 'changed', editedAt: at(0) }),
      );
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-not-permitted' });
      expect(repaired(change).t1).toEqual(comment('t1', therapist));
    });

    it("refuses the therapist deleting the client's reply", () => {
      const change = forge(therapist, (map) =>
        map.set('r1', { ...reply('r1', 't1', client), body: '', deletedAt: at(0) }),
      );
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-not-permitted' });
      expect(repaired(change).r1).toEqual(reply('r1', 't1', client));
    });

    it('the author edits and deletes their own comment', () => {
      const change = forge(client, (map) => {
        map.set('t2', { ...comment('t2', client), body: 'better', editedAt: at(0) });
        map.set('r1', { ...reply('r1', 't1', client), body: '', deletedAt: at(0) });
      });
      expect(checkCommentsChange(change)).toBeNull();
    });

    it('refuses bringing a deleted comment back', () => {
      const deleted = reply('r1', 't1', client, { body: '', deletedAt: at(-HOUR) });
      const before = storedDoc([comment('t1', therapist), deleted]);
      const change = forge(
        client,
        (map) => map.set('r1', { ...deleted, body: 'back', deletedAt: null }),
        before,
      );
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-not-permitted' });
      expect(repaired(change).r1).toEqual(deleted);
    });
  });

  describe("C7: a thread is resolved or reopened by its author or a therapist, in the resolver's name", () => {
    const resolved = (record: CommentRecord, by: Actor) => ({
      ...record,
      resolvedAt: at(0),
      resolvedBy: by.userId,
    });

    it("refuses the client resolving the therapist's thread; the repair reopens it", () => {
      const change = forge(client, (map) => map.set('t1', resolved(comment('t1', therapist), client)));
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-not-permitted' });
      expect(repaired(change).t1).toEqual(comment('t1', therapist));
    });

    it("the therapist resolves the client's thread, and the client resolves their own", () => {
      expect(
        checkCommentsChange(
          forge(therapist, (map) => map.set('t2', resolved(comment('t2', client), therapist))),
        ),
      ).toBeNull();
      expect(
        checkCommentsChange(forge(client, (map) => map.set('t2', resolved(comment('t2', client), client)))),
      ).toBeNull();
    });

    it('refuses resolving in somebody else’s name', () => {
      const change = forge(client, (map) => map.set('t2', resolved(comment('t2', client), therapist)));
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-not-permitted' });
      expect(repaired(change).t2).toEqual(comment('t2', client));
    });

    it("refuses the client reopening the therapist's resolved thread; the therapist reopens the client's", () => {
      const therapistThread = resolved(comment('t1', therapist), therapist);
      const clientThread = resolved(comment('t2', client), client);
      const before = storedDoc([therapistThread, clientThread]);
      const reopen = (record: CommentRecord) => ({ ...record, resolvedAt: null, resolvedBy: null });
      const byClient = forge(client, (map) => map.set('t1', reopen(therapistThread)), before);
      expect(checkCommentsChange(byClient)).toMatchObject({ reason: 'comment-not-permitted' });
      expect(repaired(byClient).t1).toEqual(therapistThread);
      expect(
        checkCommentsChange(forge(therapist, (map) => map.set('t2', reopen(clientThread)), before)),
      ).toBeNull();
    });
  });

  describe('C8: a reply names an existing thread', () => {
    it('refuses a reply to a missing thread or to a reply', () => {
      const missing = forge(client, (map) => map.set('x1', reply('x1', 'nowhere', client)));
      expect(checkCommentsChange(missing)).toMatchObject({ reason: 'comment-invalid' });
      expect(repaired(missing).x1).toBeUndefined();
      const toReply = forge(client, (map) => map.set('x1', reply('x1', 'r1', client)));
      expect(checkCommentsChange(toReply)).toMatchObject({ reason: 'comment-invalid' });
    });

    it('accepts a reply to a thread started in the same update', () => {
      const change = forge(client, (map) => {
        map.set('a-new', comment('a-new', client));
        map.set('b-reply', reply('b-reply', 'a-new', client));
      });
      expect(checkCommentsChange(change)).toBeNull();
    });

    it('the repair removes a reply whose new thread it also removes', () => {
      const change = forge(client, (map) => {
        map.set('a-forged', { ...comment('a-forged', client), authorId: therapist.userId });
        map.set('b-reply', reply('b-reply', 'a-forged', client));
        map.set('c-honest', reply('c-honest', 't1', client));
      });
      const after = repaired(change);
      expect(after['a-forged']).toBeUndefined();
      expect(after['b-reply']).toBeUndefined();
      expect(after['c-honest']).toEqual(reply('c-honest', 't1', client));
    });
  });

  describe('C9: no comment is removed from the map', () => {
    it('refuses removing even your own comment; the repair puts it back', () => {
      const change = forge(client, (map) => map.delete('t2'));
      expect(checkCommentsChange(change)).toMatchObject({ reason: 'comment-removed' });
      expect(repaired(change).t2).toEqual(comment('t2', client));
    });
  });

  describe('C10: only the keys an update writes are judged', () => {
    it('lists exactly the written and removed keys, and leaves unrelated stored values alone', () => {
      const before = storedDoc();
      before.getMap(COMMENTS_MAP).set('legacy', { not: 'a comment' });
      const change = forge(
        client,
        (map) => {
          map.set('x1', comment('x1', client));
          map.delete('r1');
        },
        before,
      );
      expect(changedCommentKeys(change.before, change.after)).toEqual(['r1', 'x1']);
      const onlyNew = forge(client, (map) => map.set('x1', comment('x1', client)), before);
      expect(checkCommentsChange(onlyNew)).toBeNull();
    });

    it('a concurrent write that loses to the stored one changes nothing', () => {
      const before = new Y.Doc();
      before.clientID = 1000;
      before.getMap(COMMENTS_MAP).set('t1', comment('t1', therapist));
      const beforeT2 = Y.encodeStateAsUpdate(before);
      before.getMap(COMMENTS_MAP).set('t2', comment('t2', client));
      // A peer that never saw t2 writes it too, under a lower client id: Yjs keeps the stored value.
      const peer = new Y.Doc();
      peer.clientID = 1;
      Y.applyUpdate(peer, beforeT2);
      peer.getMap(COMMENTS_MAP).set('t2', { junk: true });
      const after = new Y.Doc();
      Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
      Y.applyUpdate(after, Y.encodeStateAsUpdate(peer));
      expect(after.getMap(COMMENTS_MAP).get('t2')).toEqual(comment('t2', client));
      expect(changedCommentKeys(before, after)).toEqual([]);
      expect(checkCommentsChange({ actor: client, nowMs: NOW, before, after })).toBeNull();
    });
  });

  describe('C11: a repair undoes only the forbidden keys, in one transaction', () => {
    it("the offender's copy, given its update's repair, ends equal to the server's", () => {
      const before = storedDoc();
      const offender = new Y.Doc();
      Y.applyUpdate(offender, Y.encodeStateAsUpdate(before));
      const known = Y.encodeStateVector(offender);
      const map = offender.getMap(COMMENTS_MAP);
      map.set('x1', comment('x1', client));
      map.set('x2', { ...comment('x2', client), authorId: therapist.userId });
      map.set('t1', { ...comment('t1', therapist), body: 'forged' });
      map.delete('r1');
      const update = Y.encodeStateAsUpdate(offender, known);
      const after = new Y.Doc();
      Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
      Y.applyUpdate(after, update);
      const repairs: Uint8Array[] = [];
      after.on('update', (repair: Uint8Array) => repairs.push(repair));
      repairCommentsChange({ actor: client, nowMs: NOW, before, after });
      expect(repairs).toHaveLength(1);
      Y.applyUpdate(offender, repairs[0]!);
      expect(commentsOf(offender)).toEqual(commentsOf(after));
      expect(commentsOf(offender)).toEqual({ ...commentsOf(before), x1: comment('x1', client) });
    });

    it('keeps the permitted comments of a mixed update and restores the rest', () => {
      const change = forge(client, (map) => {
        map.set('x1', comment('x1', client));
        map.set('t2', { ...comment('t2', client), body: 'edited', editedAt: at(0) });
        map.set('t1', { ...comment('t1', therapist), body: 'forged' });
        map.delete('r1');
      });
      let transactions = 0;
      change.after.on('afterTransaction', () => transactions++);
      const after = repaired(change);
      expect(transactions).toBe(1);
      expect(after).toEqual({
        t1: comment('t1', therapist),
        r1: reply('r1', 't1', client),
        t2: { ...comment('t2', client), body: 'edited', editedAt: at(0) },
        x1: comment('x1', client),
      });
    });
  });
});
