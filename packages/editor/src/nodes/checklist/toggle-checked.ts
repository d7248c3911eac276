/** The ticked ids after ticking or unticking one item, kept in the checklist's item order. */
export function toggleChecked(
  items: readonly { id: string }[],
  checked: readonly string[],
  itemId: string,
  tick: boolean,
): string[] {
  const next = new Set(checked);
  if (tick) next.add(itemId);
  else next.delete(itemId);
  return items.map((item) => item.id).filter((id) => next.has(id));
}
