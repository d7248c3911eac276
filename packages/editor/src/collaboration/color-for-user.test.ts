import { describe, expect, it } from 'vitest';
import { CARET_COLORS, CARET_COLORS_BY_ROLE, colorForUser } from './color-for-user.js';

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
    expect(colorForUser('therapist-42', 'therapist')).toBe(colorForUser('therapist-42', 'therapist'));
  });

  it('spreads different ids over every colour of their role', () => {
    for (const role of ['therapist', 'client'] as const) {
      const colours = new Set(Array.from({ length: 50 }, (_, index) => colorForUser(`user-${index}`, role)));
      expect(colours).toEqual(new Set(CARET_COLORS_BY_ROLE[role]));
    }
  });

  it('never gives a therapist and a client the same colour', () => {
    const ids = Array.from({ length: 40 }, (_, index) => `person-${index}`);
    const therapistColours = new Set(ids.map((id) => colorForUser(id, 'therapist')));
    for (const id of ids) expect(therapistColours.has(colorForUser(id, 'client'))).toBe(false);
  });

  it('only hands out colours that keep white label text readable (contrast ≥ 4.5)', () => {
    for (const colour of CARET_COLORS) {
      const contrast = (1 + 0.05) / (relativeLuminance(colour) + 0.05);
      expect(contrast, colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
