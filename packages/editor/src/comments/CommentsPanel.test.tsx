import { type CommentAuthor, yCommentStore } from '@interlude/schema';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLIENT, rangeOfText, THERAPIST } from '../testing/comment-session.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { pressKey, typeText } from '../testing/simulate-input.js';
import { connect, replicaOf, seededDoc, TEST_USER } from '../testing/worksheet-test-editor.js';
import { WorksheetEditor } from '../worksheet-editor/WorksheetEditor.js';
import { CommentsPanel } from './CommentsPanel.js';
import { CommentsController } from './comments-controller.js';

afterEach(cleanup);

const NOW = new Date('2026-12-06T10:30:00Z');
let tick = 0;
const writtenAt = () => new Date(NOW.getTime() - 5 * 60_000 + tick++);

function Side(props: {
  doc: Y.Doc;
  author: CommentAuthor;
  onEditor: (editor: Editor) => void;
  readOnly?: boolean;
}) {
  const { doc, author } = props;
  const [comments] = useState(
    () =>
      new CommentsController({
        store: yCommentStore(doc, author, writtenAt),
        author,
        canComment: !props.readOnly,
      }),
  );
  return (
    <div data-testid={author.role}>
      <WorksheetEditor
        doc={doc}
        awareness={null}
        mode={author.role === 'therapist' ? 'author' : 'respond'}
        readOnly={props.readOnly}
        user={{ ...TEST_USER, id: author.id, name: author.name }}
        confirmAnswerLoss={() => true}
        onEditorReady={props.onEditor}
        comments={comments}
      />
      <CommentsPanel comments={comments} now={() => NOW} />
    </div>
  );
}

/** The therapist's and the client's page side by side, their documents connected as by the relay. */
async function renderBothSides(options: { clientReadOnly?: boolean } = {}) {
  const clientDoc = seededDoc(respondFixture());
  const therapistDoc = replicaOf(clientDoc);
  const disconnect = connect(clientDoc, therapistDoc);
  const editors: Partial<Record<'therapist' | 'client', Editor>> = {};
  const { container } = render(
    <>
      <Side doc={therapistDoc} author={THERAPIST} onEditor={(editor) => (editors.therapist = editor)} />
      <Side
        doc={clientDoc}
        author={CLIENT}
        readOnly={options.clientReadOnly}
        onEditor={(editor) => (editors.client = editor)}
      />
    </>,
  );
  await waitFor(() => expect(container.querySelectorAll('.react-renderer:empty')).toHaveLength(0));
  await waitFor(() => expect(screen.queryByText('Loading comments…')).toBeNull());
  const editor = (role: 'therapist' | 'client') => editors[role] ?? expect.fail(`no ${role} editor`);
  const panel = (role: 'therapist' | 'client') =>
    within(within(screen.getByTestId(role)).getByRole('region', { name: 'Comments' }));
  return { editor, panel, disconnect, clientDoc };
}

/** Selects text in an editor and presses the comment shortcut, as a person would. */
function commentOnText(editor: Editor, text: string) {
  act(() => {
    editor.commands.setTextSelection(rangeOfText(editor.state.doc, text));
    pressKey(editor, 'm', { mod: true, alt: true });
  });
}

function write(box: HTMLElement, text: string) {
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('the comments panel, therapist and client on one worksheet', () => {
  it('a comment on an answer reaches the client, is announced, and the client replies', async () => {
    const { editor, panel } = await renderBothSides();
    expect(panel('therapist').getByText(/No comments yet/)).toBeTruthy();

    commentOnText(editor('therapist'), 'At work');
    expect(panel('therapist').getByText('At work', { selector: 'q' })).toBeTruthy();
    const box = panel('therapist').getByRole('textbox', { name: 'New comment' });
    expect(document.activeElement).toBe(box);
    write(box, 'Which part of work?');

    const clientThread = await waitFor(() =>
      panel('client').getByRole('article', { name: 'Comment thread' }),
    );
    expect(within(clientThread).getByText('Which part of work?')).toBeTruthy();
    expect(within(clientThread).getByText(THERAPIST.name)).toBeTruthy();
    expect(within(clientThread).getByText('5 minutes ago')).toBeTruthy();
    expect(panel('client').getByRole('status').textContent).toBe(
      `New comment from ${THERAPIST.name}: Which part of work?`,
    );
    expect(panel('therapist').getByRole('status').textContent).toBe('Comment posted.');

    fireEvent.click(within(clientThread).getByRole('button', { name: 'Reply' }));
    const reply = within(clientThread).getByRole('textbox', { name: 'Reply' });
    expect(document.activeElement).toBe(reply);
    write(reply, 'The meeting with my manager.');
    await waitFor(() => expect(panel('therapist').getByText('The meeting with my manager.')).toBeTruthy());
    expect(panel('therapist').getByRole('status').textContent).toBe(
      `New reply from ${CLIENT.name}: The meeting with my manager.`,
    );
  });

  it('announces only comments new to the page, never an edit or a thread whose text was deleted', async () => {
    const { editor, panel } = await renderBothSides();
    commentOnText(editor('therapist'), 'At work');
    write(panel('therapist').getByRole('textbox', { name: 'New comment' }), 'Which part of work?');
    const thread = await waitFor(() => panel('client').getByRole('article', { name: 'Comment thread' }));
    fireEvent.click(within(thread).getByRole('button', { name: 'Reply' }));
    write(within(thread).getByRole('textbox', { name: 'Reply' }), 'The meeting.');
    await waitFor(() => expect(panel('therapist').getByText('The meeting.')).toBeTruthy());
    const therapistThread = panel('therapist').getByRole('article', { name: 'Comment thread' });
    fireEvent.click(within(therapistThread).getByRole('button', { name: 'Reply' }));
    write(within(therapistThread).getByRole('textbox', { name: 'Reply' }), 'Thanks');
    await waitFor(() =>
      expect(panel('client').getByRole('status').textContent).toBe(
        `New reply from ${THERAPIST.name}: Thanks`,
      ),
    );

    const edits = within(therapistThread).getAllByRole('button', { name: 'Edit your comment' });
    fireEvent.click(edits.at(-1) ?? expect.fail('no Edit on the reply'));
    write(panel('therapist').getByRole('textbox', { name: 'Edit your comment' }), 'Thank you');
    await waitFor(() => expect(within(thread).getByText('Thank you')).toBeTruthy());
    expect(panel('client').getByRole('status').textContent).toBe(`New reply from ${THERAPIST.name}: Thanks`);

    act(() => {
      const client = editor('client');
      client.commands.setTextSelection(rangeOfText(client.state.doc, 'At work'));
      client.commands.deleteSelection();
    });
    await waitFor(() => expect(panel('therapist').getByRole('region', { name: 'Detached' })).toBeTruthy());
    expect(panel('therapist').getByRole('status').textContent).toBe('Comment saved.');
  });

  it('comments arriving while the document loads are not announced; one written afterwards is', async () => {
    const doc = seededDoc(respondFixture());
    const server = replicaOf(doc);
    const therapistStore = yCommentStore(server, THERAPIST);
    therapistStore.startThread({ anchor: { kind: 'node', nodeId: 'walk' }, body: 'One' });
    therapistStore.startThread({ anchor: { kind: 'node', nodeId: 'situation' }, body: 'Two' });
    const comments = new CommentsController({
      store: yCommentStore(doc, CLIENT),
      author: CLIENT,
      canComment: true,
    });
    const page = (loading: boolean) => (
      <>
        <WorksheetEditor doc={doc} awareness={null} mode="respond" user={TEST_USER} comments={comments} />
        <CommentsPanel comments={comments} loading={loading} />
      </>
    );
    const { rerender } = render(page(true));
    await waitFor(() => expect(screen.queryByText('Loading comments…')).toBeNull());
    const sync = () => act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc))));
    sync();
    const panel = within(screen.getByRole('region', { name: 'Comments' }));
    const status = panel.getByRole('status');
    await waitFor(() => expect(panel.getAllByRole('article')).toHaveLength(2));
    rerender(page(false));
    expect(status.textContent).toBe('');

    therapistStore.startThread({ anchor: { kind: 'node', nodeId: 'thought' }, body: 'Three' });
    sync();
    await waitFor(() => expect(status.textContent).toBe(`New comment from ${THERAPIST.name}: Three`));
  });

  it('resolve and reopen, hidden until resolved threads are shown; only the allowed see the button', async () => {
    const { editor, panel } = await renderBothSides();
    commentOnText(editor('therapist'), 'At work');
    write(panel('therapist').getByRole('textbox', { name: 'New comment' }), 'Note');
    const thread = await waitFor(() => panel('client').getByRole('article', { name: 'Comment thread' }));
    expect(within(thread).queryByRole('button', { name: 'Resolve' })).toBeNull();

    fireEvent.click(panel('therapist').getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(panel('client').queryByRole('article')).toBeNull());
    expect(panel('client').getByText('Every thread is resolved.')).toBeTruthy();
    fireEvent.click(panel('therapist').getByRole('checkbox', { name: 'Show resolved (1)' }));
    const resolved = panel('therapist').getByRole('article', { name: 'Comment thread, resolved' });
    expect(within(resolved).getByText('Resolved by you')).toBeTruthy();
    fireEvent.click(within(resolved).getByRole('button', { name: 'Reopen' }));
    await waitFor(() =>
      expect(panel('client').getByRole('article', { name: 'Comment thread' })).toBeTruthy(),
    );
  });

  it('edit and delete your own comment; a deleted one reads "Comment deleted"', async () => {
    const { editor, panel } = await renderBothSides();
    commentOnText(editor('client'), 'mood dropped');
    write(panel('client').getByRole('textbox', { name: 'New comment' }), 'Does a small dip count?');
    const theirs = await waitFor(() => panel('therapist').getByRole('article', { name: 'Comment thread' }));
    expect(within(theirs).queryByRole('button', { name: 'Edit your comment' })).toBeNull();

    fireEvent.click(panel('client').getByRole('button', { name: 'Edit your comment' }));
    const box = panel('client').getByRole('textbox', { name: 'Edit your comment' });
    expect((box as HTMLTextAreaElement).value).toBe('Does a small dip count?');
    write(box, 'Does a small dip count too?');
    await waitFor(() => expect(within(theirs).getByText('Does a small dip count too?')).toBeTruthy());
    expect(within(theirs).getByText('· edited')).toBeTruthy();

    fireEvent.click(panel('client').getByRole('button', { name: 'Delete your comment' }));
    const confirm = panel('client').getByRole('button', { name: 'Delete' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(within(theirs).getByText('Comment deleted')).toBeTruthy());
    expect(document.activeElement).toBe(panel('client').getByText('Comment deleted'));
  });

  it('a thread whose answer text was deleted is listed as detached', async () => {
    const { editor, panel } = await renderBothSides();
    commentOnText(editor('therapist'), 'At work');
    write(panel('therapist').getByRole('textbox', { name: 'New comment' }), 'About work');
    act(() => {
      const client = editor('client');
      client.commands.setTextSelection(rangeOfText(client.state.doc, 'At work'));
      typeText(client, 'At home');
    });
    const detached = await waitFor(() => panel('therapist').getByRole('region', { name: 'Detached' }));
    expect(within(detached).getByText('About work')).toBeTruthy();
    expect(within(detached).getByText('The text this was on has been removed.')).toBeTruthy();
  });

  it('words typed on text the other person deletes meanwhile are kept and can go on the question', async () => {
    const { editor, panel } = await renderBothSides();
    commentOnText(editor('therapist'), 'At work');
    const box = panel('therapist').getByRole('textbox', { name: 'New comment' }) as HTMLTextAreaElement;
    act(() => {
      const client = editor('client');
      client.commands.setTextSelection(rangeOfText(client.state.doc, 'At work'));
      client.commands.deleteSelection();
    });
    await waitFor(() =>
      expect(panel('therapist').getByText(/^The text you chose was deleted meanwhile\./)).toBeTruthy(),
    );
    write(box, 'Which part of work?');
    // Enter explains instead of losing the words: the box, its text and the focus stay.
    expect(panel('therapist').getByRole('alert').textContent).toMatch(
      /post them on “What happened\?” as a whole/,
    );
    expect(box.isConnected && box.value).toBe('Which part of work?');
    expect(document.activeElement).toBe(box);

    fireEvent.click(panel('therapist').getByRole('button', { name: 'Post on “What happened?”' }));
    const thread = await waitFor(() => panel('client').getByRole('article', { name: 'Comment thread' }));
    expect(within(thread).getByText('Which part of work?')).toBeTruthy();
    expect(within(thread).getByText('On “What happened?”')).toBeTruthy();
    expect(panel('therapist').queryByRole('textbox', { name: 'New comment' })).toBeNull();
  });

  it('a comment on a whole question from its "Comment" button; Escape cancels one', async () => {
    const { panel } = await renderBothSides();
    const therapistSide = within(screen.getByTestId('therapist'));
    fireEvent.click(
      therapistSide.getAllByRole('button', { name: 'Comment on this question' })[0] ?? expect.fail(),
    );
    expect(panel('therapist').getByText('New comment on “What happened?”')).toBeTruthy();
    fireEvent.keyDown(panel('therapist').getByRole('textbox', { name: 'New comment' }), { key: 'Escape' });
    expect(panel('therapist').queryByRole('textbox', { name: 'New comment' })).toBeNull();

    fireEvent.click(
      therapistSide.getAllByRole('button', { name: 'Comment on this question' })[0] ?? expect.fail(),
    );
    write(panel('therapist').getByRole('textbox', { name: 'New comment' }), 'Good start');
    const clientSide = within(screen.getByTestId('client'));
    const count = await waitFor(() => clientSide.getByRole('button', { name: '1 comment on this question' }));
    fireEvent.click(count);
    expect(
      panel('client')
        .getByRole('button', { name: 'Show in the worksheet: On “What happened?”' })
        .getAttribute('aria-current'),
    ).toBe('true');
  });

  it('a read-only worksheet shows threads but offers no way to write', async () => {
    const { editor, panel } = await renderBothSides({ clientReadOnly: true });
    commentOnText(editor('therapist'), 'At work');
    write(panel('therapist').getByRole('textbox', { name: 'New comment' }), 'Note');
    const thread = await waitFor(() => panel('client').getByRole('article', { name: 'Comment thread' }));
    expect(within(thread).queryByRole('button', { name: 'Reply' })).toBeNull();
    expect(within(screen.getByTestId('client')).queryByRole('button', { name: /^Comment on/ })).toBeNull();
  });

  it('as a sheet, beginning a comment brings what it is on into sight, after the box has opened', async () => {
    const doc = seededDoc(respondFixture());
    const comments = new CommentsController({
      store: yCommentStore(doc, CLIENT),
      author: CLIENT,
      canComment: true,
    });
    let editor: Editor | null = null;
    render(
      <>
        <WorksheetEditor
          doc={doc}
          awareness={null}
          mode="respond"
          user={TEST_USER}
          comments={comments}
          onEditorReady={(ready) => (editor = ready)}
        />
        <CommentsPanel comments={comments} presentation="sheet" />
      </>,
    );
    await waitFor(() => expect(editor).not.toBeNull());
    // jsdom lays nothing out: record what the page is asked to scroll to, and whether the box was open then.
    const scrolled: { text: string | null; block: unknown; boxOpen: boolean }[] = [];
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      const boxOpen = screen.queryByRole('textbox', { name: 'New comment' }) !== null;
      scrolled.push({
        text: this.textContent,
        block: typeof options === 'object' ? options.block : options,
        boxOpen,
      });
    };
    try {
      commentOnText(editor ?? expect.fail(), 'mood dropped');
      expect(screen.getByRole('region', { name: 'Comments' }).getAttribute('data-writing')).toBe('true');
      expect(scrolled).toContainEqual({
        text: expect.stringContaining('mood dropped'),
        block: 'nearest',
        boxOpen: true,
      });
    } finally {
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });

  it('as a sheet on phones: closed until opened, opened by a comment begun, which takes the focus', async () => {
    const doc = seededDoc(respondFixture());
    yCommentStore(doc, THERAPIST).startThread({
      anchor: { kind: 'node', nodeId: 'walk' },
      body: 'From therapy',
    });
    const comments = new CommentsController({
      store: yCommentStore(doc, CLIENT),
      author: CLIENT,
      canComment: true,
    });
    let editor: Editor | null = null;
    const shown: string[] = [];
    render(
      <>
        <WorksheetEditor
          doc={doc}
          awareness={null}
          mode="respond"
          user={TEST_USER}
          comments={comments}
          onEditorReady={(ready) => (editor = ready)}
        />
        <CommentsPanel comments={comments} presentation="sheet" onThreadsShown={() => shown.push('shown')} />
      </>,
    );
    const panel = within(await screen.findByRole('region', { name: 'Comments' }));
    const toggle = panel.getByRole('button', { name: 'Show comments' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(editor).not.toBeNull());
    expect(shown).toEqual([]);
    fireEvent.click(toggle);
    expect(panel.getByRole('button', { name: 'Hide comments' }).getAttribute('aria-expanded')).toBe('true');
    // The therapist's comment is now in front of the client: the page may mark it seen.
    await waitFor(() => expect(shown).toEqual(['shown']));
    fireEvent.click(panel.getByRole('button', { name: 'Hide comments' }));
    expect(panel.queryByRole('article')).toBeNull();

    commentOnText(editor ?? expect.fail(), 'mood dropped');
    const box = panel.getByRole('textbox', { name: 'New comment' });
    expect(document.activeElement).toBe(box);
    write(box, 'A question');
    await waitFor(() => expect(panel.getByText('A question')).toBeTruthy());

    // "Show in the worksheet" closes the sheet over it; focus goes to the button that opens it again.
    fireEvent.click(panel.getByRole('button', { name: /^Show in the worksheet: .?mood dropped.?$/ }));
    const reopen = panel.getByRole('button', { name: 'Show comments' });
    expect(document.activeElement).toBe(reopen);
  });
});
