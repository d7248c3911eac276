import { META_MAP, WORKSHEET_SCHEMA_VERSION } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import { nodeById, templateOfDoc } from '../testing/read-worksheet.js';
import { renderWorksheet } from '../testing/render-worksheet.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { answerEnd, placeCursor, positionOfText, pressKey, typeText } from '../testing/simulate-input.js';
import { seededDoc, TEST_USER } from '../testing/worksheet-test-editor.js';
import { WorksheetEditor } from './WorksheetEditor.js';

afterEach(cleanup);

function group(name: string) {
  return screen.getByRole('group', { name });
}

describe('WorksheetEditor in respond mode', () => {
  it('renders every block with its label and hands out the editor', async () => {
    const { editor } = await renderWorksheet('respond');
    expect(editor()).not.toBeNull();
    expect(screen.getByRole('slider', { name: 'How anxious?' }).getAttribute('aria-valuetext')).toBe(
      'Not answered yet',
    );
    expect(screen.getByRole('group', { name: 'Was it planned?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add day' })).toBeTruthy();
    // No template controls for the client.
    expect(screen.queryByText('Settings')).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove question/ })).toBeNull();
  });

  it('operates a scale from the keyboard, the number buttons and "Clear answer"', async () => {
    const { answerOf } = await renderWorksheet('respond');
    const slider = screen.getByRole('slider', { name: 'How anxious?' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(answerOf('anxiety')?.value).toBe(0);
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.keyDown(slider, { key: 'ArrowUp' });
    expect(answerOf('anxiety')?.value).toBe(2);
    fireEvent.keyDown(slider, { key: 'End' });
    expect(answerOf('anxiety')?.value).toBe(10);
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(answerOf('anxiety')?.value).toBe(0);
    fireEvent.click(within(group('How anxious?')).getByRole('button', { name: '7' }));
    expect(answerOf('anxiety')?.value).toBe(7);
    await waitFor(() =>
      expect(
        within(group('How anxious?')).getByRole('button', { name: '7' }).getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    expect(slider.getAttribute('aria-valuetext')).toBe('7');
    fireEvent.click(within(group('How anxious?')).getByRole('button', { name: 'Clear answer' }));
    expect(answerOf('anxiety')?.value).toBeNull();
  });

  it('answers a choice, a checklist, a goal step and a field', async () => {
    const { answerOf } = await renderWorksheet('respond');
    fireEvent.click(screen.getByRole('radio', { name: 'Done' }));
    expect(answerOf('planned')?.value).toBe('done');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Labelling' }));
    expect(answerOf('traps')?.checked).toEqual(['labelling']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Buy shoes' }));
    expect(answerOf('shoes')?.checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Went to bed'), { target: { value: '23:15' } });
    expect(answerOf('bed')?.value).toBe('23:15');
  });

  it('adds a dated entry and removes one', async () => {
    const { doc } = await renderWorksheet('respond');
    fireEvent.click(screen.getByRole('button', { name: 'Add day' }));
    const entries = () => nodeById(readWorksheetContent(doc), 'diary')?.content ?? [];
    expect(entries()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Day 1' }));
    expect(entries()).toHaveLength(1);
    expect(entries()[0]?.attrs?.id).not.toBe('monday');
  });

  it('explains a refused key in a status message, again on a repeat, and drops it after an edit that works', async () => {
    const { editor } = await renderWorksheet('respond');
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    act(() => {
      placeCursor(editor(), positionOfText(editor().state.doc, 'Now rate'));
      typeText(editor(), 'x');
    });
    expect(status.textContent).toMatch(/^The questions and instructions stay as your therapist wrote them/);
    const first = status.firstChild;
    act(() => typeText(editor(), 'y'));
    expect(status.firstChild).not.toBe(first);
    act(() => {
      placeCursor(editor(), answerEnd(editor().state.doc, 'situation'));
      typeText(editor(), '!');
    });
    expect(status.textContent).toBe('');
  });

  it('selects only the answer on Mod-a, so typing replaces it', async () => {
    const { doc, editor } = await renderWorksheet('respond');
    const templateBefore = templateOfDoc(doc);
    act(() => {
      placeCursor(editor(), answerEnd(editor().state.doc, 'situation'));
      pressKey(editor(), 'a', { mod: true });
      typeText(editor(), 'On the bus');
    });
    expect(nodeById(readWorksheetContent(doc), 'situation')?.content?.[0]?.content?.[0]?.text).toBe(
      'On the bus',
    );
    expect(templateOfDoc(doc)).toEqual(templateBefore);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers no way to answer when read-only', async () => {
    const { answerOf } = await renderWorksheet('respond', { readOnly: true });
    expect(screen.getByText('This worksheet is read-only.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Done' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'How anxious?' }), { key: 'End' });
    expect(answerOf('anxiety')?.value).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add day' })).toBeNull();
  });
});

describe('WorksheetEditor in author mode', () => {
  it('configures a question inline', async () => {
    const { answerOf } = await renderWorksheet('author');
    const [firstQuestionField] = screen.getAllByLabelText('Question');
    fireEvent.change(firstQuestionField!, { target: { value: 'What happened this week?' } });
    expect(answerOf('situation')?.question).toBe('What happened this week?');
  });

  it('configures a scale’s range and refuses an empty one', async () => {
    const { answerOf } = await renderWorksheet('author');
    const [highest] = screen.getAllByLabelText('Highest');
    fireEvent.change(highest!, { target: { value: '100' } });
    expect(answerOf('anxiety')?.max).toBe(100);
    const [lowest] = screen.getAllByLabelText('Lowest');
    fireEvent.change(lowest!, { target: { value: '200' } });
    expect(answerOf('anxiety')?.min).toBe(0);
    expect(lowest?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Must be below the highest value')).toBeTruthy();
    fireEvent.blur(lowest!);
    expect((lowest as HTMLInputElement).value).toBe('0');
  });

  it('labels a point on a scale, which the client then hears with the value', async () => {
    const { answerOf } = await renderWorksheet('author');
    const [addPoint] = screen.getAllByRole('button', { name: 'Add labelled point' });
    fireEvent.click(addPoint!);
    expect(answerOf('anxiety')?.anchors).toEqual([{ value: 5, label: 'Label' }]);
    fireEvent.change(await screen.findByLabelText('Point 1 label'), { target: { value: 'Moderate' } });
    expect(answerOf('anxiety')?.anchors).toEqual([{ value: 5, label: 'Moderate' }]);
    await screen.findByRole('button', { name: '5 – Moderate' });
  });

  it('adds a choice option and a checklist item', async () => {
    const { answerOf } = await renderWorksheet('author');
    fireEvent.click(screen.getByRole('button', { name: 'Add option' }));
    expect(answerOf('planned')?.options).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(answerOf('traps')?.items).toHaveLength(3);
  });

  it('asks before removing a question that holds an answer', async () => {
    let asked = 0;
    const { doc } = await renderWorksheet('author', {
      confirm: () => {
        asked += 1;
        return false;
      },
    });
    const [removeFirstQuestion] = screen.getAllByRole('button', { name: 'Remove question' });
    fireEvent.click(removeFirstQuestion!);
    expect(asked).toBe(1);
    expect(nodeById(readWorksheetContent(doc), 'situation')).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('Nothing was removed: the answers are kept.');
    // The reason and what to do are said beside the button, not only at the far end of the page.
    const [removeButton] = screen.getAllByRole('button', { name: 'Remove question' });
    const explanation = document.getElementById(removeButton!.getAttribute('aria-describedby') ?? '');
    expect(explanation?.textContent).toMatch(
      /^Not removed: it holds the client’s answers\. To remove it anyway/,
    );
    expect(explanation?.closest('[data-type="prompt"]')).toBe(removeButton!.closest('[data-type="prompt"]'));
  });

  it('inserts blocks from the toolbar and moves them', async () => {
    const { doc, editor } = await renderWorksheet('author');
    act(() => {
      editor()?.commands.setTextSelection(1);
    });
    fireEvent.click(screen.getByRole('button', { name: '+ Checklist' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Move checklist up' })).toHaveLength(2));
    const types = () => (readWorksheetContent(doc).content ?? []).map((block) => block.type);
    expect(types().slice(0, 3)).toEqual(['heading', 'checklist', 'paragraph']);
    const [moveFirstChecklistUp] = screen.getAllByRole('button', { name: 'Move checklist up' });
    fireEvent.click(moveFirstChecklistUp!);
    expect(types().slice(0, 2)).toEqual(['checklist', 'heading']);
  });

  it('edits a diary’s fields', async () => {
    const { answerOf } = await renderWorksheet('author');
    fireEvent.click(screen.getByRole('button', { name: 'Add field' }));
    expect(answerOf('diary')?.fields).toHaveLength(4);
    await screen.findByRole('button', { name: 'Move field 4 up' });
    fireEvent.click(screen.getByRole('button', { name: 'Move field 4 up' }));
    const fields = answerOf('diary')?.fields as { kind: string }[] | undefined;
    expect(fields?.[2]?.kind).toBe('scale');
  });
});

describe('WorksheetEditor switching mode', () => {
  it('shows the settings once the same document is opened in author mode', async () => {
    const doc = seededDoc(respondFixture());
    const view = render(<WorksheetEditor doc={doc} awareness={null} mode="respond" user={TEST_USER} />);
    await screen.findByRole('slider', { name: 'How anxious?' });
    expect(screen.queryAllByText('Settings')).toHaveLength(0);
    view.rerender(<WorksheetEditor doc={doc} awareness={null} mode="author" user={TEST_USER} />);
    await waitFor(() => expect(screen.getAllByText('Settings').length).toBeGreaterThan(5));
    expect(screen.getByRole('toolbar', { name: 'Worksheet tools' }).textContent).toContain('+ Prompt');
  });
});

describe('WorksheetEditor and newer documents', () => {
  it('opens a document from a newer app read-only and asks to reload', async () => {
    const doc = seededDoc(respondFixture());
    doc.getMap(META_MAP).set('schemaVersion', WORKSHEET_SCHEMA_VERSION + 1);
    render(<WorksheetEditor doc={doc} awareness={null} mode="respond" user={TEST_USER} />);
    expect(screen.getByText(/saved by a newer version of Interlude/)).toBeTruthy();
    fireEvent.keyDown(await screen.findByRole('slider', { name: 'How anxious?' }), { key: 'End' });
    expect(nodeById(readWorksheetContent(doc), 'anxiety')?.attrs?.value).toBeNull();
  });
});

describe('WorksheetEditor with others present', () => {
  it('announces the person in awareness for carets', () => {
    const doc = seededDoc(respondFixture());
    const awareness = new Awareness(doc);
    render(<WorksheetEditor doc={doc} awareness={awareness} mode="respond" user={TEST_USER} />);
    expect(awareness.getLocalState()?.user).toEqual(TEST_USER);
  });

  it('starts without carets and adds them when the connection’s awareness arrives', async () => {
    const doc = seededDoc(respondFixture());
    const view = render(<WorksheetEditor doc={doc} awareness={null} mode="respond" user={TEST_USER} />);
    await screen.findByRole('slider', { name: 'How anxious?' });
    const awareness = new Awareness(doc);
    view.rerender(<WorksheetEditor doc={doc} awareness={awareness} mode="respond" user={TEST_USER} />);
    await screen.findByRole('slider', { name: 'How anxious?' });
    expect(awareness.getLocalState()?.user).toEqual(TEST_USER);
    view.rerender(
      <WorksheetEditor
        doc={doc}
        awareness={awareness}
        mode="respond"
        user={{ ...TEST_USER, name: 'Renamed' }}
      />,
    );
    expect(awareness.getLocalState()?.user).toEqual({ ...TEST_USER, name: 'Renamed' });
  });
});
