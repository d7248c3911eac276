export interface ScaleRange {
  min: number;
  max: number;
  step: number;
}

/** Decimal places of a step (0.5 → 1), so stepping by 0.1 never produces 0.30000000000000004. */
function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** The nearest allowed value: on the step grid counted from `min`, inside the range. */
export function snapToScale(value: number, { min, max, step }: ScaleRange): number {
  const snapped = min + Math.round((value - min) / step) * step;
  const clamped = Math.min(max, Math.max(min, snapped));
  return Number(clamped.toFixed(decimalsOf(step)));
}

/** Every value a person can pick, smallest first. */
export function scaleValues(range: ScaleRange): number[] {
  const count = Math.floor((range.max - range.min) / range.step + 1e-9) + 1;
  return Array.from({ length: count }, (_, index) => snapToScale(range.min + index * range.step, range));
}

/**
 * The value after a key press on the slider, following the ARIA slider pattern: arrows move one step, Page
 * keys a tenth of the range, Home and End jump to the ends. From "not answered yet" the first press picks an end.
 * `undefined` means the key does not belong to the slider.
 */
export function scaleValueAfterKey(
  current: number | null,
  key: string,
  range: ScaleRange,
): number | undefined {
  const bigStep = Math.max(
    range.step,
    snapToScale(range.min + (range.max - range.min) / 10, range) - range.min,
  );
  const from = current ?? range.min;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current === null ? range.min : snapToScale(from + range.step, range);
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === null ? range.min : snapToScale(from - range.step, range);
    case 'PageUp':
      return current === null ? range.min : snapToScale(from + bigStep, range);
    case 'PageDown':
      return current === null ? range.min : snapToScale(from - bigStep, range);
    case 'Home':
      return range.min;
    case 'End':
      return range.max;
    default:
      return undefined;
  }
}

/** The value under a pointer at `fraction` (0 = left end, 1 = right end) of the track. */
export function scaleValueAtFraction(fraction: number, range: ScaleRange): number {
  const bounded = Math.min(1, Math.max(0, fraction));
  return snapToScale(range.min + bounded * (range.max - range.min), range);
}
