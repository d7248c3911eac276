import { type CommentAuthor, yCommentStore } from '@interlude/schema';
import type { ApiClientExport, ApiWorksheetRecord } from '@interlude/schema/api';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { ServerSession } from '../accounts/server-session.js';
import { clientEdits, findNode } from './client-edits.js';
import { ProgressHarness } from './progress-harness.js';
import type { SignedInProvider } from './signed-in-provider.js';

/** Comment threads and goal steps in the record: the print view's record and both export formats. */
let harness: ProgressHarness;

beforeEach(async () => {
  harness = await ProgressHarness.start();
});

afterEach(async () => {
  await harness.close();
});

async function download(session: ServerSession, format: 'json' | 'md') {
  const response = await fetch(
    `${harness.server.url}/api/clients/${harness.clientId}/export?format=${format}`,
    {
      headers: { cookie: session.cookie! },
    },
  );
  expect(response.status).toBe(200);
  return response.text();
}

function goalStepElement(id: string, text: string, checked: boolean): Y.XmlElement {
  const step = new Y.XmlElement('goalStep');
  step.setAttribute('id', id);
  step.setAttribute('text', text);
  step.setAttribute('checked', checked as never);
  return step;
}

/** Resolves once the other person's document holds what `arrived` looks for (the relay's echo reached it). */
function received(provider: SignedInProvider, arrived: (doc: Y.Doc) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!arrived(provider.doc)) return;
      provider.doc.off('update', check);
      resolve();
    };
    provider.doc.on('update', check);
    check();
  });
}

const hasComment = (id: string) => (doc: Y.Doc) => doc.getMap('comments').has(id);

/** Both people comment through their own sockets, with the comment store the editor uses. */
async function commentedGoal() {
  const id = await harness.assign('smart-goal');
  const therapistDoc = await harness.open(id, harness.therapist);
  const clientDoc = await harness.open(id);
  const now = () => new Date(harness.clock.now());
  const therapist: CommentAuthor = { id: 'unknown', role: 'therapist', name: 'Therapist' };
  const me = await harness.therapist.call<{ user: { id: string } }>('GET', '/api/me');
  therapist.id = me.body.user.id;
  const client: CommentAuthor = { id: harness.clientId, role: 'client', name: 'Client' };
  const as = (provider: SignedInProvider, author: CommentAuthor) => yCommentStore(provider.doc, author, now);
  const edit = (provider: SignedInProvider, role: 'client' | 'therapist', change: (doc: Y.Doc) => void) =>
    harness.edit(provider, id, change, role);

  await edit(therapistDoc, 'therapist', (doc) => {
    const goal = findNode(doc.getXmlFragment('content'), 'goal')!;
    goal.insert(0, [
      goalStepElement('step-walk', 'Walk to the park', true),
      goalStepElement('step-empty', '', false),
    ]);
  });
  await edit(clientDoc, 'client', (doc) => {
    clientEdits.answerPrompt(doc, 'statement', 'I want to walk more often');
    clientEdits.setAttribute(doc, 'goal', 'progress', 40);
  });
  await edit(clientDoc, 'client', (doc) => {
    const answer = findNode(doc.getXmlFragment('content'), 'statement')!.get(0) as Y.XmlElement;
    (answer.get(0) as Y.XmlText).format(10, 4, { comment: { threadId: 'on-words' } });
    as(clientDoc, client).startThread({
      id: 'on-words',
      anchor: { kind: 'text' },
      body: 'This is the hard part',
    });
  });
  harness.clock.advance(60_000);
  await edit(therapistDoc, 'therapist', () =>
    as(therapistDoc, therapist).startThread({
      id: 'on-goal',
      anchor: { kind: 'node', nodeId: 'goal' },
      body: 'Is 40 right?',
    }),
  );
  await received(clientDoc, hasComment('on-goal'));
  harness.clock.advance(60_000);
  await edit(clientDoc, 'client', () => as(clientDoc, client).reply('on-goal', 'Yes, about that'));
  await received(therapistDoc, (doc) => doc.getMap('comments').size === 3);
  harness.clock.advance(60_000);
  await edit(therapistDoc, 'therapist', () => {
    const store = as(therapistDoc, therapist);
    store.remove(store.reply('on-goal', 'Wrong worksheet').id);
    store.setResolved('on-goal', true);
  });
  await edit(clientDoc, 'client', () =>
    as(clientDoc, client).startThread({ id: 'lost', anchor: { kind: 'text' }, body: 'Its words are gone' }),
  );
  await edit(clientDoc, 'client', (doc) => clientEdits.handIn(doc, '2026-01-05T18:30:00.000Z'));
  return id;
}

describe('comments and goals in the record', () => {
  test('the client’s print record and export hold every thread with where it sits, who wrote it and its replies', async () => {
    const id = await commentedGoal();
    const { body: record } = await harness.client.call<ApiWorksheetRecord>(
      'GET',
      `/api/worksheets/${id}/record`,
    );
    expect(record.comments.map((thread) => thread.threadId)).toEqual(['on-words', 'on-goal', 'lost']);
    const [onWords, onGoal, lost] = record.comments;
    expect(onWords).toMatchObject({
      context: { kind: 'text', label: 'My goal, in one sentence', quote: 'walk' },
      comment: { authorName: 'Client', authorRole: 'client', text: 'This is the hard part', deleted: false },
      replies: [],
      resolvedAt: null,
    });
    expect(lost!.context).toEqual({ kind: 'detached', label: null, quote: null });
    expect(onGoal).toMatchObject({
      context: { kind: 'node', label: 'My goal', quote: null },
      comment: { authorName: 'Therapist', authorRole: 'therapist', text: 'Is 40 right?' },
      replies: [
        { authorName: 'Client', authorRole: 'client', text: 'Yes, about that', deleted: false },
        { authorName: 'Therapist', text: '', deleted: true },
      ],
    });
    expect(onGoal!.resolvedAt).not.toBeNull();

    const exported = JSON.parse(await download(harness.client, 'json')) as ApiClientExport;
    expect(exported.worksheets[0]!.comments).toEqual(record.comments);
    const forTherapist = JSON.parse(await download(harness.therapist, 'json')) as ApiClientExport;
    expect(forTherapist.worksheets[0]!.comments).toEqual(record.comments);

    const markdown = await download(harness.client, 'md');
    expect(markdown).toContain(
      '- _on “My goal, in one sentence”, on the words “walk”_\n  - **Client** (client), 5 January 2026 at 09:00 (UTC): This is the hard part',
    );
    expect(markdown).toContain('- _on “My goal”_ · resolved 5 January 2026 at 09:03 (UTC)');
    expect(markdown).toContain('    - **Client** (client), 5 January 2026 at 09:02 (UTC): Yes, about that');
    expect(markdown).toContain(
      '    - **Therapist** (therapist), 5 January 2026 at 09:03 (UTC): _Comment deleted_',
    );
    expect(markdown).toContain('detached (its text or block was removed)');
  });

  test('goal steps read as steps under their goal, progress as a percentage, status and times in words', async () => {
    const id = await commentedGoal();
    const { body: record } = await harness.client.call<ApiWorksheetRecord>(
      'GET',
      `/api/worksheets/${id}/record`,
    );
    expect(record).toMatchObject({ status: 'handed-in', statusLabel: 'Handed in', timeZone: 'UTC' });
    const goal = record.answers.find((answer) => answer.nodeId === 'goal');
    expect(goal).toMatchObject({ label: 'My goal', answer: '40%', parentNodeId: null });
    expect(record.answers.filter((answer) => answer.parentNodeId === 'goal')).toEqual([
      expect.objectContaining({ label: 'Walk to the park', answer: 'done' }),
      expect.objectContaining({ label: 'Untitled step', answer: 'not done' }),
    ]);

    const markdown = await download(harness.client, 'md');
    expect(markdown).toContain('- Status: Handed in\n');
    expect(markdown).toContain('- Handed in: 5 January 2026 at 18:30 (UTC)\n');
    expect(markdown).toContain(
      '- **My goal**: 40%\n  - **Walk to the park**: done\n  - **Untitled step**: not done\n',
    );
    expect(markdown).not.toContain('goalStep');
    expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  test('the Markdown writes times in the practice’s time zone and names it', async () => {
    await commentedGoal();
    expect(
      (await harness.therapist.call('PATCH', '/api/practice', { timeZone: 'Europe/Berlin' })).status,
    ).toBe(200);
    const markdown = await download(harness.client, 'md');
    expect(markdown).toContain('- Handed in: 5 January 2026 at 19:30 (Europe/Berlin)\n');
    expect(markdown).toContain(
      '**Client** (client), 5 January 2026 at 10:00 (Europe/Berlin): This is the hard part',
    );
    const exported = JSON.parse(await download(harness.client, 'json')) as ApiClientExport;
    expect(exported.timeZone).toBe('Europe/Berlin');
    expect(exported.worksheets[0]!.handedInAt).toBe('2026-01-05T18:30:00.000Z');
  });
});
