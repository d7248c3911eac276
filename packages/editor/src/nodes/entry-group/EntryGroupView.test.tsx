import { doc, entryGroup, findTemplate, paragraph, type WorksheetJSON } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeById } from '../../testing/read-worksheet.js';
import { renderWorksheet } from '../../testing/render-worksheet.js';
import { defaultDefinition } from './default-definition.js';

afterEach(cleanup);

function smartGoalContent(): WorksheetJSON {
  const template = findTemplate('smart-goal');
  if (!template) throw new Error('the SMART goal template is missing');
  return structuredClone(template.content) as WorksheetJSON;
}

const entryElements = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLElement>('[data-type="entry"]'));

describe('adding an entry', () => {
  it('takes keyboard focus into the new entry’s first field', async () => {
    const { container } = await renderWorksheet('respond');
    // A click made with Enter or Space carries no pointer detail.
    fireEvent.click(screen.getByRole('button', { name: 'Add day' }), { detail: 0 });
    await waitFor(() => expect(entryElements(container)).toHaveLength(2));
    const added = entryElements(container)[1]!;
    await waitFor(() => expect(document.activeElement).toBe(within(added).getByLabelText('Time (required)')));
  });

  it('leaves focus where it is after a click with the mouse', async () => {
    await renderWorksheet('respond');
    const add = screen.getByRole('button', { name: 'Add day' });
    add.focus();
    fireEvent.click(add, { detail: 1 });
    expect(document.activeElement).toBe(add);
  });

  it('puts the cursor into the answer when the first field is a question', async () => {
    const content = doc(
      paragraph('Log what you did.'),
      entryGroup({
        id: 'log',
        label: 'Practice log',
        entryLabel: 'Practice',
        fields: [defaultDefinition('prompt', 'What did you practise?')],
      }),
    );
    const { editor, doc: ydoc } = await renderWorksheet('respond', { content });
    fireEvent.click(screen.getByRole('button', { name: 'Add practice' }), { detail: 0 });
    const entryId = nodeById(readWorksheetContent(ydoc), 'log')?.content?.[0]?.attrs?.id as string;
    const $head = editor().state.selection.$head;
    expect($head.parent.type.name).toBe('paragraph');
    expect($head.node($head.depth - 2).attrs.id).toBe(entryId);
  });
});

describe('action steps of a SMART goal', () => {
  it('show one date per step, the step’s "By", not a second entry date', async () => {
    const { container } = await renderWorksheet('respond', { content: smartGoalContent() });
    fireEvent.click(screen.getByRole('button', { name: 'Add step' }), { detail: 1 });
    await waitFor(() => expect(entryElements(container)).toHaveLength(1));
    const step = entryElements(container)[0]!;
    await within(step).findByLabelText('By');
    expect(within(step).queryByLabelText('Date')).toBeNull();
    expect(step.querySelectorAll('input[type="date"]')).toHaveLength(1);
  });

  it('are framed as a log for the therapist, not as a diary', async () => {
    await renderWorksheet('author', { content: smartGoalContent() });
    expect(screen.getByRole('button', { name: 'Remove log' })).toBeTruthy();
    expect(screen.queryByText('Diary')).toBeNull();
  });

  it('keep the entry date in a diary without a date field of its own', async () => {
    const { container } = await renderWorksheet('respond');
    const [monday] = entryElements(container);
    expect((within(monday!).getByLabelText('Date') as HTMLInputElement).value).toBe('2026-11-23');
  });
});
