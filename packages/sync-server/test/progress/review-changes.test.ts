import type { ApiReviewChanges } from '@interlude/schema/api';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { apiDependenciesFor } from '../../src/api/api-wiring.js';
import { clientEdits } from './client-edits.js';
import { ProgressHarness } from './progress-harness.js';

/** "What changed since you last reviewed", from the derived responses kept at each review. */
let harness: ProgressHarness;

beforeEach(async () => {
  harness = await ProgressHarness.start();
});

afterEach(async () => {
  await harness.close();
});

const changes = async (worksheetId: string) =>
  (await harness.therapist.call<ApiReviewChanges>('GET', `/api/worksheets/${worksheetId}/changes`)).body;

describe('review changes', () => {
  test('before the first review everything answered is new; after it, new answers, old → new values and new entries', async () => {
    const goalId = await harness.assign('smart-goal');
    const provider = await harness.open(goalId);
    await harness.edit(provider, goalId, (doc) => {
      clientEdits.answerPrompt(doc, 'statement', 'Walk daily');
      clientEdits.setAttribute(doc, 'goal', 'progress', 20);
      clientEdits.handIn(doc, '2026-01-05T10:00:00.000Z');
    });
    const first = await changes(goalId);
    expect(first.since).toBeNull();
    expect(first.answers.map(({ change, nodeId, after }) => ({ change, nodeId, after }))).toEqual([
      { change: 'new', nodeId: 'statement', after: 'Walk daily' },
      { change: 'new', nodeId: 'goal', after: '20' },
    ]);
    expect(first.newComments).toEqual([]);

    expect((await harness.therapist.call('POST', `/api/worksheets/${goalId}/review`)).status).toBe(200);
    expect((await changes(goalId)).answers).toEqual([]);

    // The client goes on: progress 20 → 60, a new answer, a new action step entry.
    await harness.edit(provider, goalId, (doc) => {
      clientEdits.setAttribute(doc, 'goal', 'progress', 60);
      clientEdits.answerPrompt(doc, 'barriers', 'Rain');
      clientEdits.addEntry(doc, 'steps', '2026-01-07', { Step: 'Buy shoes' });
    });
    const after = await changes(goalId);
    expect(after.since).not.toBeNull();
    expect(after.answers.filter((answer) => answer.entryId === null)).toEqual([
      expect.objectContaining({ change: 'new', nodeId: 'barriers', before: null, after: 'Rain' }),
      expect.objectContaining({ change: 'changed', nodeId: 'goal', before: '20', after: '60' }),
    ]);
    expect(after.newEntries).toEqual([
      expect.objectContaining({ date: '2026-01-07', groupLabel: 'Action steps' }),
    ]);
    expect(after.answers.filter((answer) => answer.entryId !== null)).toEqual([
      expect.objectContaining({ change: 'new', label: 'Step', after: 'Buy shoes', entryDate: '2026-01-07' }),
    ]);
  });

  test('a client cannot read the changes of their own worksheet', async () => {
    const id = await harness.assign('mood-journal');
    expect((await harness.client.call('GET', `/api/worksheets/${id}/changes`)).status).toBe(403);
  });
});

describe('review changes: comments', () => {
  test('a comment the client wrote after the review is listed with its author, where it sits and what it replies to', async () => {
    const goalId = await harness.assign('smart-goal');
    const provider = await harness.open(goalId);
    await harness.edit(provider, goalId, (doc) => clientEdits.handIn(doc, '2026-01-05T10:00:00.000Z'));
    expect((await harness.therapist.call('POST', `/api/worksheets/${goalId}/review`)).status).toBe(200);
    harness.clock.advance(60_000);
    const writtenAt = new Date(harness.clock.now()).toISOString();
    // Stored through the server's own write path, which tells the same listeners as the relay (comment rows
    // included), so one update can hold a thread, a reply, a text mark and a detached thread at once.
    const { documents } = apiDependenciesFor(harness.server.context);
    const doc = new Y.Doc();
    for (const update of await documents.load(goalId)) Y.applyUpdate(doc, update);
    const before = Y.encodeStateVector(doc);
    const comment = (id: string, threadId: string, anchor: unknown, body: string) => ({
      id,
      threadId,
      anchor,
      authorId: harness.clientId,
      authorRole: 'client',
      authorName: 'Client',
      body,
      createdAt: writtenAt,
      editedAt: null,
      deletedAt: null,
      resolvedAt: null,
      resolvedBy: null,
    });
    const comments = doc.getMap('comments');
    comments.set('c1', comment('c1', 'c1', { kind: 'node', nodeId: 'goal' }, 'Is 60 too much?'));
    comments.set('c2', comment('c2', 'c1', null, 'Or 50?'));
    // The worksheet's own words (the intro paragraph, in no question) carry the third thread's mark.
    const intro = doc.getXmlFragment('content').get(1) as Y.XmlElement;
    (intro.get(0) as Y.XmlText).format(0, 10, { comment: { threadId: 'c3' } });
    comments.set('c3', comment('c3', 'c3', { kind: 'text' }, 'What does this mean?'));
    comments.set('c4', comment('c4', 'c4', { kind: 'text' }, 'Its words are gone'));
    await documents.append(goalId, Y.encodeStateAsUpdate(doc, before), {
      userId: harness.clientId,
      role: 'client',
    });
    doc.destroy();
    const after = await changes(goalId);
    expect(after.newComments).toEqual([
      {
        threadId: 'c1',
        authorName: 'Client',
        authorRole: 'client',
        text: 'Is 60 too much?',
        createdAt: writtenAt,
        context: { kind: 'node', label: 'My goal', quote: null },
        replyTo: null,
      },
      expect.objectContaining({
        threadId: 'c1',
        text: 'Or 50?',
        context: { kind: 'node', label: 'My goal', quote: null },
        replyTo: { authorName: 'Client', text: 'Is 60 too much?', deleted: false },
      }),
      expect.objectContaining({
        text: 'What does this mean?',
        context: { kind: 'text', label: null, quote: 'Start with' },
        replyTo: null,
      }),
      expect.objectContaining({
        text: 'Its words are gone',
        context: { kind: 'detached', label: null, quote: null },
      }),
    ]);
  });
});
