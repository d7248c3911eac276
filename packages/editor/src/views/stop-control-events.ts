// Elements a person operates inside a node view; ProseMirror must leave their events alone.
const CONTROLS = 'input, button, select, textarea, summary, label, [role="slider"], [role="option"]';

/**
 * `stopEvent` for every worksheet node view: events on its controls (including the custom slider, which the
 * default check misses) stay with the control, so a press on a scale does not select or drag the node and
 * arrow keys move the value, not the cursor. Drags and drops still reach ProseMirror, where the guard judges them.
 */
export function stopControlEvents({ event }: { event: Event }): boolean {
  if (event.type.startsWith('drag') || event.type === 'drop') return false;
  const target = event.target;
  return target instanceof Element && target.closest(CONTROLS) !== null;
}
