import { COMMENT_MARK, CommentNotAllowedError } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, it } from 'vitest';
import { CLIENT, commentSession, rangeOfText, selectText, THERAPIST } from '../testing/comment-session.js';
import { templateOfDoc } from '../testing/read-worksheet.js';
import { pressKey, typeText } from '../testing/simulate-input.js';
import { CommentProblem } from './comments-controller.js';
import { commentHighlights, commentsState } from './comments-plugin.js';
import { blocksById } from './thread-anchors.js';

function placedOf(side: ReturnType<typeof commentSession>['client']) {
  return side.comments.getSnapshot().placed;
}

/** The highlights an editor shows now, with the text (or block) each covers. */
function highlightsIn(side: ReturnType<typeof commentSession>['client']) {
  const { state } = side.editor;
  const plugin = commentsState(state) ?? expect.fail('no comments plugin');
  return commentHighlights(state.doc, plugin).map(({ kind, from, to, className }) => ({
    className,
    text: kind === 'inline' ? state.doc.textBetween(from, to) : state.doc.nodeAt(from)?.attrs.id,
  }));
}

function markedThreadIds(json: unknown): string[] {
  const ids: string[] = [];
  const walk = (node: { marks?: { type: string; attrs?: { threadId?: string } }[]; content?: unknown[] }) => {
    for (const mark of node.marks ?? []) if (mark.type === COMMENT_MARK) ids.push(mark.attrs?.threadId ?? '');
    for (const child of node.content ?? []) walk(child as typeof node);
  };
  walk(json as Parameters<typeof walk>[0]);
  return ids;
}

describe('comments through the editor, therapist and client on two documents', () => {
  it("the therapist comments on the client's answer; the client sees the thread and replies", () => {
    const { therapist, client } = commentSession();
    selectText(therapist.editor, 'At work');
    expect(therapist.comments.beginTextComment()).toBe(true);
    expect(therapist.comments.getSnapshot().draft).toMatchObject({ kind: 'text', quote: 'At work' });
    const start = therapist.comments.submitDraft('  Which part of work?  ');

    // One user action: the mark with a fresh thread id and the thread under the same id.
    expect(markedThreadIds(readWorksheetContent(client.doc))).toEqual([start.id]);
    const [seen] = placedOf(client);
    expect(seen?.thread.start).toMatchObject({ body: 'Which part of work?', authorName: THERAPIST.name });
    expect(seen?.place).toMatchObject({ kind: 'text', quote: 'At work' });
    expect(therapist.comments.getSnapshot()).toMatchObject({ draft: null, activeThreadId: start.id });

    client.comments.reply(start.id, 'The meeting with my manager.');
    const [thread] = placedOf(therapist);
    expect(thread?.thread.replies.map((reply) => [reply.authorName, reply.body])).toEqual([
      [CLIENT.name, 'The meeting with my manager.'],
    ]);
  });

  it('highlights known threads in both editors, the active one more strongly', () => {
    const { therapist, client } = commentSession();
    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    const start = therapist.comments.submitDraft('Note');
    expect(highlightsIn(client)).toEqual([{ className: 'interlude-comment-anchor', text: 'At work' }]);
    const active = {
      className: 'interlude-comment-anchor interlude-comment-anchor--active',
      text: 'At work',
    };
    expect(highlightsIn(therapist)).toEqual([active]);
    client.comments.select(start.id, 'panel');
    expect(highlightsIn(client)).toEqual([active]);
  });

  it('a client may anchor a thread in the worksheet’s own text; the template is unchanged', () => {
    const { therapist, client } = commentSession();
    const template = templateOfDoc(client.doc);
    selectText(client.editor, 'mood dropped');
    expect(pressKey(client.editor, 'm', { mod: true, alt: true })).toBe(true);
    const start = client.comments.submitDraft('Does a small dip count?');
    expect(templateOfDoc(therapist.doc)).toEqual(template);
    expect(placedOf(therapist).map((placed) => placed.thread.start.id)).toEqual([start.id]);
  });

  it('the shortcut comments on text selected on the page that the editor has not heard of yet', () => {
    // Shift+arrows move the page's selection at once; ProseMirror hears of it in a later task.
    const { therapist } = commentSession();
    const { view } = therapist.editor;
    document.body.append(view.dom);
    const { from } = rangeOfText(therapist.editor.state.doc, 'mood dropped');
    therapist.editor.commands.setTextSelection(from);
    const walker = document.createTreeWalker(view.dom, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.textContent?.includes('mood dropped')) text = walker.nextNode();
    if (!text?.textContent) return expect.fail('no text "mood dropped" on the page');
    const range = document.createRange();
    range.setStart(text, text.textContent.indexOf('mood dropped'));
    range.setEnd(text, text.textContent.indexOf('mood dropped') + 'mood dropped'.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    expect(therapist.editor.state.selection.empty).toBe(true);

    expect(pressKey(therapist.editor, 'm', { mod: true, alt: true })).toBe(true);
    expect(therapist.comments.getSnapshot().draft).toMatchObject({ kind: 'text', quote: 'mood dropped' });
    view.dom.remove();
  });

  it('comments on a whole question, rating or goal anchor to the block, not to text', () => {
    const { therapist, client } = commentSession();
    expect(therapist.comments.beginNodeComment('walk')).toBe(true);
    expect(therapist.comments.getSnapshot().draft).toMatchObject({ kind: 'node', label: 'Walk more' });
    const start = therapist.comments.submitDraft('Is this still the goal?');
    expect(start.anchor).toEqual({ kind: 'node', nodeId: 'walk' });
    expect(markedThreadIds(readWorksheetContent(client.doc))).toEqual([]);
    expect(placedOf(client)[0]?.place).toMatchObject({ kind: 'node', nodeId: 'walk', label: 'Walk more' });
    expect(highlightsIn(client)).toEqual([{ className: 'interlude-node--commented', text: 'walk' }]);
    expect(therapist.comments.beginNodeComment('no-such-block')).toBe(false);
  });

  it('lists threads in document order, whatever order they were written in', () => {
    const { therapist, client } = commentSession();
    therapist.comments.beginNodeComment('anxiety');
    const onScale = therapist.comments.submitDraft('Rating');
    selectText(client.editor, 'Now rate');
    client.comments.beginTextComment();
    const onText = client.comments.submitDraft('Text');
    selectText(therapist.editor, 'Thought record');
    therapist.comments.beginTextComment();
    const onHeading = therapist.comments.submitDraft('Heading');
    expect(placedOf(client).map((placed) => placed.thread.start.id)).toEqual([
      onHeading.id,
      onText.id,
      onScale.id,
    ]);
  });

  it('resolve and reopen: the therapist any thread, a client only their own', () => {
    const { therapist, client } = commentSession();
    therapist.comments.beginNodeComment('situation');
    const therapists = therapist.comments.submitDraft('From the therapist');
    client.comments.beginNodeComment('thought');
    const clients = client.comments.submitDraft('From the client');
    const threadOf = (id: string) => placedOf(client).find((p) => p.thread.start.id === id)?.thread;

    expect(client.comments.mayResolve(threadOf(therapists.id) ?? expect.fail())).toBe(false);
    expect(() => client.comments.setResolved(therapists.id, true)).toThrow(CommentNotAllowedError);
    expect(client.comments.mayResolve(threadOf(clients.id) ?? expect.fail())).toBe(true);
    client.comments.setResolved(clients.id, true);
    therapist.comments.setResolved(therapists.id, true);
    expect(threadOf(clients.id)?.start.resolvedBy).toBe(CLIENT.id);
    expect(threadOf(therapists.id)?.start.resolvedBy).toBe(THERAPIST.id);

    therapist.comments.setResolved(clients.id, false);
    expect(threadOf(clients.id)?.start.resolvedAt).toBeNull();
  });

  it('a resolved thread’s anchor is highlighted only while resolved threads are shown', () => {
    const { therapist, client } = commentSession();
    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    const start = therapist.comments.submitDraft('Done?');
    therapist.comments.setResolved(start.id, true);
    expect(highlightsIn(client)).toEqual([]);
    client.comments.setShowResolved(true);
    expect(highlightsIn(client)).toEqual([
      { className: 'interlude-comment-anchor interlude-comment-anchor--resolved', text: 'At work' },
    ]);
  });

  it('edit and delete only your own comment; a deleted one keeps its place', () => {
    const { therapist, client } = commentSession();
    therapist.comments.beginNodeComment('situation');
    const start = therapist.comments.submitDraft('First');
    const reply = client.comments.reply(start.id, 'Reply');
    expect(client.comments.mayChange(start)).toBe(false);
    expect(() => client.comments.edit(start.id, 'Changed')).toThrow(CommentNotAllowedError);
    client.comments.edit(reply.id, 'Reply, edited');
    therapist.comments.remove(start.id);
    const [placed] = placedOf(client);
    expect(placed?.thread.start).toMatchObject({ body: '', deletedAt: expect.any(String) });
    expect(placed?.thread.replies[0]).toMatchObject({ body: 'Reply, edited', editedAt: expect.any(String) });
    expect(therapist.comments.mayChange(placed?.thread.start ?? expect.fail())).toBe(false);
  });

  it('a thread whose text was deleted, or whose block was removed, stays listed as detached', () => {
    const { therapist, client } = commentSession();
    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    const onAnswer = therapist.comments.submitDraft('About work');
    therapist.comments.beginNodeComment('thought');
    const onPrompt = therapist.comments.submitDraft('About this question');

    // The client rewrites the commented answer; the therapist removes the other question.
    client.editor.commands.setTextSelection(rangeOfText(client.editor.state.doc, 'At work'));
    typeText(client.editor, 'At home');
    const pos = therapist.editor.state.doc.resolve(rangeOfText(therapist.editor.state.doc, 'Now rate').to);
    therapist.editor.commands.deleteRange({
      from: pos.after(),
      to: pos.after() + (pos.doc.nodeAt(pos.after())?.nodeSize ?? 0),
    });

    for (const side of [client, therapist]) {
      const snapshot = side.comments.getSnapshot();
      expect(snapshot.placed).toEqual([]);
      expect(snapshot.detached.map((d) => d.thread.start.id)).toEqual([onAnswer.id, onPrompt.id]);
      expect(snapshot.detached.every((d) => d.place === null)).toBe(true);
    }
    // Still a thread: it can be answered and resolved.
    client.comments.reply(onAnswer.id, 'I changed my answer.');
    expect(therapist.comments.getSnapshot().detached[0]?.thread.replies).toHaveLength(1);
  });

  it('the text being commented on follows edits made meanwhile; undo does not remove the anchor', () => {
    const { therapist, client } = commentSession();
    selectText(therapist.editor, 'work');
    therapist.comments.beginTextComment();
    client.editor.commands.setTextSelection(rangeOfText(client.editor.state.doc, 'At').from);
    typeText(client.editor, 'Mostly ');
    const start = therapist.comments.submitDraft('Which part?');
    expect(placedOf(client)[0]?.place).toMatchObject({ quote: 'work' });

    therapist.editor.commands.undo();
    expect(markedThreadIds(readWorksheetContent(client.doc))).toEqual([start.id]);
  });

  it('a comment on text deleted while it was being written is kept and can go on the question instead', () => {
    const { therapist, client } = commentSession();
    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    client.editor.commands.setTextSelection(rangeOfText(client.editor.state.doc, 'At work'));
    client.editor.commands.deleteSelection();
    expect(() => therapist.comments.submitDraft('Hello')).toThrow(
      'The text you chose was deleted meanwhile. Your words are kept: you can post them on “What happened?” as a whole, or Cancel.',
    );
    // Still being written, with where it can go instead: the question that held the words.
    expect(therapist.comments.getSnapshot()).toMatchObject({
      draft: { kind: 'text', instead: { kind: 'node', nodeId: 'situation', label: 'What happened?' } },
      placed: [],
      detached: [],
    });
    const start = therapist.comments.postDraftInstead('Hello');
    expect(start.anchor).toEqual({ kind: 'node', nodeId: 'situation' });
    expect(placedOf(client)).toMatchObject([
      { thread: { start: { body: 'Hello' } }, place: { kind: 'node' } },
    ]);
    expect(therapist.comments.getSnapshot().draft).toBeNull();
  });

  it('with the question gone as well, the comment is posted as a general (detached) one', () => {
    const { therapist, client } = commentSession();
    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    const situation = blocksById(therapist.editor.state.doc).get('situation') ?? expect.fail('no block');
    therapist.editor.commands.deleteRange({
      from: situation.from,
      to: situation.from + situation.node.nodeSize,
    });
    expect(therapist.comments.getSnapshot().draft).toMatchObject({ instead: { kind: 'general' } });
    expect(() => therapist.comments.submitDraft('Hello')).toThrow(CommentProblem);
    expect(() => therapist.comments.submitDraft('Hello')).toThrow(/post them as a general comment/);
    therapist.comments.postDraftInstead('Hello');
    expect(client.comments.getSnapshot()).toMatchObject({
      placed: [],
      detached: [{ thread: { start: { body: 'Hello', anchor: { kind: 'text' } } } }],
    });
  });

  it('while a new comment is written no other thread is the active one', () => {
    const { therapist } = commentSession();
    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    const first = therapist.comments.submitDraft('Note');
    expect(therapist.comments.getSnapshot().activeThreadId).toBe(first.id);
    therapist.comments.beginNodeComment('walk');
    expect(therapist.comments.getSnapshot()).toMatchObject({ activeThreadId: null, activation: null });
    expect(therapist.editor.view.dom.querySelector('.interlude-comment-anchor--active')).toBeNull();
  });

  it('an empty comment is refused, and nothing is begun without a selection', () => {
    const { therapist } = commentSession();
    therapist.editor.commands.setTextSelection(rangeOfText(therapist.editor.state.doc, 'At work').from);
    expect(therapist.comments.beginTextComment()).toBe(false);
    therapist.comments.beginNodeComment('situation');
    expect(() => therapist.comments.submitDraft('   ')).toThrow('Write something first.');
    expect(commentsState(therapist.editor.state)?.draft).not.toBeNull();
  });

  it('clicking an anchor in the worksheet chooses its thread', () => {
    const { therapist, client } = commentSession();
    selectText(therapist.editor, 'mood dropped');
    therapist.comments.beginTextComment();
    const start = therapist.comments.submitDraft('Note');
    const span = client.editor.view.dom.querySelector(`[data-comment-thread="${start.id}"]`);
    expect(span?.textContent).toBe('mood dropped');
    const event = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(event, 'target', { value: span?.firstChild });
    const { view } = client.editor;
    view.someProp('handleClick', (handler) =>
      handler(view, rangeOfText(view.state.doc, 'dropped').from, event),
    );
    expect(client.comments.getSnapshot()).toMatchObject({
      activeThreadId: start.id,
      activation: { threadId: start.id, from: 'worksheet' },
    });
  });

  it('offline replies and edits to the commented answer reach the therapist when back online', () => {
    const session = commentSession();
    const { therapist, client } = session;
    selectText(therapist.editor, 'At work');
    therapist.comments.beginTextComment();
    const start = therapist.comments.submitDraft('Which part?');
    session.goOffline();
    client.comments.reply(start.id, 'Written offline');
    client.editor.commands.setTextSelection(rangeOfText(client.editor.state.doc, 'At work').to);
    typeText(client.editor, ', on Monday');
    expect(placedOf(therapist)[0]?.thread.replies).toEqual([]);
    session.goOnline();
    const [thread] = placedOf(therapist);
    expect(thread?.thread.replies.map((reply) => reply.body)).toEqual(['Written offline']);
    expect(readWorksheetContent(therapist.doc)).toEqual(readWorksheetContent(client.doc));
    expect(thread?.place).toMatchObject({ quote: 'At work' });
  });
});
