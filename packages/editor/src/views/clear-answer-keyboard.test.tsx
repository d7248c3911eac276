import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWorksheet } from '../testing/render-worksheet.js';
import { nextTabStop, tabStops } from '../testing/tab-stops.js';

afterEach(cleanup);

const blockOf = (element: Element) => element.closest('[data-type]:not([data-type="entry"])');
const clearButtonIn = (group: HTMLElement) =>
  within(group).getByRole('button', { name: 'Clear answer' }) as HTMLButtonElement;

describe('a choice answered from the keyboard', () => {
  it('is not clearable, and Clear is no Tab stop, before anything is chosen', async () => {
    await renderWorksheet('respond');
    const choice = screen.getByRole('group', { name: 'Was it planned?' });
    expect(clearButtonIn(choice).disabled).toBe(true);
    expect(tabStops(choice)).toEqual([screen.getByRole('radio', { name: 'Planned' })]);
  });

  it('moves on to the next question with Tab after choosing, past nothing that clears the answer', async () => {
    const { answerOf } = await renderWorksheet('respond');
    const choice = screen.getByRole('group', { name: 'Was it planned?' });
    const done = screen.getByRole('radio', { name: 'Done' });
    act(() => done.focus());
    fireEvent.click(done);
    expect(answerOf('planned')?.value).toBe('done');
    await waitFor(() => expect(clearButtonIn(choice).disabled).toBe(false));
    // Clearing comes before the options (Shift+Tab), the next question after them (Tab).
    expect(tabStops(choice)).toEqual([clearButtonIn(choice), done]);
    const next = nextTabStop(done);
    expect(next).toBe(screen.getByRole('checkbox', { name: 'Mind reading' }));
    expect(blockOf(next!)).not.toBe(blockOf(done));
  });

  it('keeps focus in the question when the answer is cleared', async () => {
    const { answerOf } = await renderWorksheet('respond');
    const choice = screen.getByRole('group', { name: 'Was it planned?' });
    fireEvent.click(screen.getByRole('radio', { name: 'Done' }));
    await waitFor(() => expect(clearButtonIn(choice).disabled).toBe(false));
    const clear = clearButtonIn(choice);
    act(() => clear.focus());
    fireEvent.click(clear);
    expect(answerOf('planned')?.value).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Planned' }));
    await waitFor(() => expect(clearButtonIn(choice).disabled).toBe(true));
    expect(choice.contains(document.activeElement)).toBe(true);
  });
});

describe('a scale answered from the keyboard', () => {
  it('moves on with Tab after rating and hands focus to the slider when cleared', async () => {
    const { answerOf } = await renderWorksheet('respond');
    const scale = screen.getByRole('group', { name: 'How anxious?' });
    const slider = within(scale).getByRole('slider');
    expect(clearButtonIn(scale).disabled).toBe(true);
    act(() => slider.focus());
    fireEvent.keyDown(slider, { key: 'End' });
    expect(answerOf('anxiety')?.value).toBe(10);
    await waitFor(() => expect(clearButtonIn(scale).disabled).toBe(false));
    const stops = tabStops(scale);
    expect(stops.slice(0, 2)).toEqual([clearButtonIn(scale), slider]);
    // After the last number button, Tab leaves the scale for the next question.
    expect(nextTabStop(stops.at(-1)!)).toBe(screen.getByRole('radio', { name: 'Planned' }));

    const clear = clearButtonIn(scale);
    act(() => clear.focus());
    fireEvent.click(clear);
    expect(answerOf('anxiety')?.value).toBeNull();
    expect(document.activeElement).toBe(slider);
  });
});
