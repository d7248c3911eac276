import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CommentNotAllowedError } from './commentStore.js';
import { yCommentStore } from './yCommentStore.js';

const therapist = { id: 'u-t', role: 'therapist', name: 'Dr Ada' } as const;
const client = { id: 'u-c', role: 'client', name: 'Sam' } as const;

function synced() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
  b.on('update', (u: Uint8Array) => Y.applyUpdate(a, u));
  return { a, b };
}

describe('yCommentStore', () => {
  it('threads with replies from both sides, in order, shared through the document', () => {
    const { a, b } = synced();
    let clock = 0;
    const now = () => new Date(Date.UTC(2026, 11, 6, 10, 0, clock++));
    const mine = yCommentStore(a, therapist, now);
    const theirs = yCommentStore(b, client, now);
    const start = mine.startThread({ anchor: { kind: 'text' }, body: 'Say more?' });
    theirs.reply(start.id, 'It felt heavy.');
    mine.reply(start.id, 'Thank you.');
    const [thread] = theirs.threads();
    expect(thread?.start.body).toBe('Say more?');
    expect(thread?.replies.map((r) => [r.authorName, r.body])).toEqual([
      ['Sam', 'It felt heavy.'],
      ['Dr Ada', 'Thank you.'],
    ]);
  });

  it('edits and deletes only your own comment; deleting keeps its place', () => {
    const { a, b } = synced();
    const mine = yCommentStore(a, therapist);
    const theirs = yCommentStore(b, client);
    const start = mine.startThread({ anchor: { kind: 'node', nodeId: 'n1' }, body: 'Hi' });
    expect(() => theirs.edit(start.id, 'changed')).toThrow(CommentNotAllowedError);
    expect(() => theirs.remove(start.id)).toThrow(CommentNotAllowedError);
    mine.edit(start.id, 'Hello');
    expect(theirs.find(start.id)?.editedAt).not.toBeNull();
    mine.remove(start.id);
    expect(theirs.threads()[0]?.start).toMatchObject({ body: '', deletedAt: expect.any(String) });
  });

  it('the therapist resolves any thread, a client only their own', () => {
    const { a, b } = synced();
    const mine = yCommentStore(a, therapist);
    const theirs = yCommentStore(b, client);
    const therapistThread = mine.startThread({ anchor: { kind: 'text' }, body: 'Note' });
    const clientThread = theirs.startThread({ anchor: { kind: 'text' }, body: 'Question' });
    expect(() => theirs.setResolved(therapistThread.id, true)).toThrow(CommentNotAllowedError);
    theirs.setResolved(clientThread.id, true);
    mine.setResolved(clientThread.id, false);
    mine.setResolved(therapistThread.id, true);
    expect(theirs.find(clientThread.id)?.resolvedAt).toBeNull();
    expect(theirs.find(therapistThread.id)?.resolvedBy).toBe('u-t');
  });

  it('ignores values that are not comment records', () => {
    const doc = new Y.Doc();
    doc.getMap('comments').set('junk', { hello: 1 });
    expect(yCommentStore(doc, client).threads()).toEqual([]);
  });
});
