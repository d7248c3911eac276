/** A box on the screen, as `getBoundingClientRect` and `coordsAtPos` give it (only the edges used). */
export interface ScreenEdges {
  top: number;
  bottom: number;
  left: number;
}

/** Space between the selection (or the toolbar) and the button. */
const GAP = 6;
/** The button starts a little left of where the selection ends, so it sits under the last words. */
const LEAD = 24;

/**
 * Where the "Comment" button goes, relative to the worksheet box: just under the end of the selection, but
 * never higher than just under the sticky toolbar (`toolbar`, null when there is none), which it would
 * otherwise cover when the selection ends under the toolbar or right below it.
 */
export function selectionButtonPosition(
  selectionEnd: ScreenEdges,
  worksheet: ScreenEdges,
  toolbar: ScreenEdges | null,
): { top: number; left: number } {
  const underSelection = selectionEnd.bottom + GAP;
  const underToolbar = toolbar ? toolbar.bottom + GAP : Number.NEGATIVE_INFINITY;
  return {
    top: Math.max(underSelection, underToolbar) - worksheet.top,
    left: Math.max(0, selectionEnd.left - worksheet.left - LEAD),
  };
}
