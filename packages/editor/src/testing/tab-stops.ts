/**
 * The elements Tab visits, in order, as a browser would (jsdom does not move focus on Tab): focusable, not
 * disabled, tabindex not negative, and one stop per radio group (its checked radio, else its first).
 */
export function tabStops(root: ParentNode = document): HTMLElement[] {
  const candidates = Array.from(
    root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
  );
  const radioGroupsSeen = new Set<string>();
  return candidates.filter((element) => {
    if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
    const group = Array.from(document.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter(
      (radio) => radio.name === element.name && !radio.disabled,
    );
    const stop = group.find((radio) => radio.checked) ?? group[0];
    if (radioGroupsSeen.has(element.name) || stop !== element) return false;
    radioGroupsSeen.add(element.name);
    return true;
  });
}

/** The element Tab moves to from `from`. */
export function nextTabStop(from: HTMLElement): HTMLElement | undefined {
  const stops = tabStops();
  return stops[stops.indexOf(from) + 1];
}
