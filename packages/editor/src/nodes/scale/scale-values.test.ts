import { describe, expect, it } from 'vitest';
import { scaleValueAfterKey, scaleValueAtFraction, scaleValues, snapToScale } from './scale-values.js';

const mood = { min: 0, max: 10, step: 1 };
const suds = { min: 0, max: 100, step: 5 };

describe('scale values', () => {
  it('lists every value on the step grid', () => {
    expect(scaleValues(mood)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scaleValues({ min: 1, max: 2, step: 0.25 })).toEqual([1, 1.25, 1.5, 1.75, 2]);
  });

  it('snaps onto the grid and into the range without float noise', () => {
    expect(snapToScale(0.30000000000000004, { min: 0, max: 1, step: 0.1 })).toBe(0.3);
    expect(snapToScale(12, mood)).toBe(10);
    expect(snapToScale(7, suds)).toBe(5);
  });

  it('moves by one step with the arrows and stops at the ends', () => {
    expect(scaleValueAfterKey(4, 'ArrowRight', mood)).toBe(5);
    expect(scaleValueAfterKey(4, 'ArrowDown', mood)).toBe(3);
    expect(scaleValueAfterKey(10, 'ArrowUp', mood)).toBe(10);
    expect(scaleValueAfterKey(0, 'ArrowLeft', mood)).toBe(0);
  });

  it('jumps to the ends with Home and End and by a tenth with Page keys', () => {
    expect(scaleValueAfterKey(40, 'Home', suds)).toBe(0);
    expect(scaleValueAfterKey(40, 'End', suds)).toBe(100);
    expect(scaleValueAfterKey(40, 'PageUp', suds)).toBe(50);
    expect(scaleValueAfterKey(40, 'PageDown', suds)).toBe(30);
  });

  it('starts from the lowest value when nothing was answered yet', () => {
    expect(scaleValueAfterKey(null, 'ArrowRight', mood)).toBe(0);
    expect(scaleValueAfterKey(null, 'End', mood)).toBe(10);
  });

  it('ignores keys that are not the slider’s', () => {
    expect(scaleValueAfterKey(4, 'a', mood)).toBeUndefined();
  });

  it('maps a pointer position on the track to the nearest value', () => {
    expect(scaleValueAtFraction(0.52, mood)).toBe(5);
    expect(scaleValueAtFraction(-1, mood)).toBe(0);
    expect(scaleValueAtFraction(2, suds)).toBe(100);
  });
});
