import { describe, expect, it } from 'vitest';
import { CARET_COLORS, colorForUser } from './color-for-user.js';

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('colorForUser', () => {
  it('gives the same colour for the same id', () => {
    expect(colorForUser('therapist-42')).toBe(colorForUser('therapist-42'));
  });

  it('spreads different ids over several colours', () => {
    const colours = new Set(Array.from({ length: 50 }, (_, index) => colorForUser(`user-${index}`)));
    expect(colours.size).toBeGreaterThanOrEqual(6);
  });

  it('only hands out colours that keep white label text readable (contrast ≥ 4.5)', () => {
    for (const colour of CARET_COLORS) {
      const contrast = (1 + 0.05) / (relativeLuminance(colour) + 0.05);
      expect(contrast, colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
