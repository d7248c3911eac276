import { readWorksheetContent } from '@interlude/schema/tiptap';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WORKSHEET_NODE_KINDS } from '../node-kinds/worksheet-node-kinds.js';
import { renderWorksheet } from '../testing/render-worksheet.js';

afterEach(cleanup);

const toggle = () => screen.getByRole('button', { name: 'Insert block…' });
const insertList = () => screen.queryByRole('list', { name: 'Blocks to insert' });

describe('the phone toolbar’s "Insert block…"', () => {
  it('opens a list of every kind of block and inserts the one chosen, then closes', async () => {
    const { doc, editor } = await renderWorksheet('author');
    act(() => {
      editor().commands.setTextSelection(1);
    });
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(insertList()).toBeNull();
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    const list = insertList()!;
    expect(toggle().getAttribute('aria-controls')).toBe(list.id);
    expect(within(list).getAllByRole('button')).toHaveLength(WORKSHEET_NODE_KINDS.length);
    fireEvent.click(within(list).getByRole('button', { name: /^Checklist/ }));
    const types = () => (readWorksheetContent(doc).content ?? []).map((block) => block.type);
    await waitFor(() => expect(types().slice(0, 3)).toEqual(['heading', 'checklist', 'paragraph']));
    expect(insertList()).toBeNull();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape from inside the list and gives focus back to the button', async () => {
    await renderWorksheet('author');
    fireEvent.click(toggle());
    const first = within(insertList()!).getAllByRole('button')[0]!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(insertList()).toBeNull();
    expect(document.activeElement).toBe(toggle());
  });

  it('is not offered to the client', async () => {
    await renderWorksheet('respond');
    expect(screen.queryByRole('button', { name: 'Insert block…' })).toBeNull();
  });
});
