import { choice, doc, measureContent, PHQ9_V1, paragraph, prompt } from '@interlude/schema';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWorksheet } from '../testing/render-worksheet.js';
import { TEST_META } from '../testing/worksheet-test-editor.js';
import { MEASURE_LOCK_REASON } from './measure-lock.js';

afterEach(cleanup);

// The blocks' own buttons ("Move choice up", "Remove choice"), not the toolbar's "Move block up".
const blockMoveOrRemoveButtons = () =>
  screen.queryAllByRole('button', { name: /^(Move (?!block).* (up|down)|Remove .*)$/ });

describe('move and remove on a scored measure', () => {
  it('are not offered on any block of a measure worksheet; the reason is shown instead', async () => {
    const measureMeta = {
      ...TEST_META,
      kind: 'measure' as const,
      measure: { id: PHQ9_V1.id, version: PHQ9_V1.version },
    };
    const { container } = await renderWorksheet('author', {
      content: measureContent(PHQ9_V1),
      meta: measureMeta,
    });
    expect(blockMoveOrRemoveButtons()).toEqual([]);
    const blocks = container.querySelectorAll('[data-type="choice"]');
    expect(blocks.length).toBe(PHQ9_V1.items.length + 1);
    for (const block of blocks) expect(block.textContent).toContain(MEASURE_LOCK_REASON);
  });

  it('are not offered on a measure item placed in an ordinary worksheet, but stay on its other blocks', async () => {
    const content = doc(
      paragraph('Before we start'),
      prompt({ id: 'free', question: 'Anything else?' }),
      choice({
        id: 'phq-1',
        label: 'Little interest or pleasure in doing things',
        options: [{ value: '0', label: 'Not at all' }],
        measureId: PHQ9_V1.id,
        measureVersion: PHQ9_V1.version,
        itemId: '1',
      }),
    );
    const { container } = await renderWorksheet('author', { content });
    const item = container.querySelector('[data-type="choice"]');
    expect(item?.textContent).toContain(MEASURE_LOCK_REASON);
    expect(item?.querySelectorAll('button[aria-label^="Move"], button[aria-label^="Remove"]')).toHaveLength(
      0,
    );
    const question = container.querySelector('[data-type="prompt"]');
    expect(
      question?.querySelectorAll('button[aria-label^="Move"], button[aria-label^="Remove"]'),
    ).toHaveLength(3);
    expect(question?.textContent).not.toContain(MEASURE_LOCK_REASON);
  });

  it('stay on an ordinary worksheet', async () => {
    await renderWorksheet('author');
    expect(blockMoveOrRemoveButtons().length).toBeGreaterThan(0);
    expect(screen.queryByText(MEASURE_LOCK_REASON)).toBeNull();
  });
});
