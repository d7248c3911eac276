import { describe, expect, it } from 'vitest';
import { selectionButtonPosition } from './selection-button-position.js';

const worksheet = { top: 100, bottom: 2000, left: 20 };
const toolbar = { top: 0, bottom: 56, left: 20 };

describe('the selection\'s "Comment" button', () => {
  it('sits just under the end of the selection, relative to the worksheet box', () => {
    expect(selectionButtonPosition({ top: 300, bottom: 320, left: 200 }, worksheet, toolbar)).toEqual({
      top: 226,
      left: 156,
    });
  });

  it('stays below the sticky toolbar when the selection ends under or just below it', () => {
    // The page is scrolled: the worksheet box starts above the screen, the toolbar is stuck at its top.
    const scrolled = { top: -400, bottom: 1500, left: 20 };
    const underToolbar = { top: 30, bottom: 50, left: 200 };
    const { top } = selectionButtonPosition(underToolbar, scrolled, toolbar);
    expect(top + scrolled.top).toBe(toolbar.bottom + 6);
  });

  it('without a toolbar (read-only) follows the selection alone', () => {
    expect(selectionButtonPosition({ top: 30, bottom: 50, left: 10 }, worksheet, null)).toEqual({
      top: -44,
      left: 0,
    });
  });
});
