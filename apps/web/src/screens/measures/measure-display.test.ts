import { measureContent, PHQ9_V1, scoreMeasure } from '@interlude/schema';
import { describe, expect, test } from 'vitest';
import {
  type MeasureDisplay,
  measureDisplayOf,
  measureScoreText,
  needsAttention,
  withKeptFlags,
} from './measure-display';

const itemNine = {
  id: 'phq-9-item-9',
  level: 'urgent' as const,
  message: 'Item 9 was answered above "Not at all"',
};

function phq9(overrides: Partial<MeasureDisplay>): MeasureDisplay {
  return {
    title: 'PHQ-9',
    total: null,
    maxTotal: 27,
    severity: null,
    answered: 0,
    itemCount: 9,
    flags: [],
    ...overrides,
  };
}

describe('measureScoreText', () => {
  test('a complete form shows total, maximum and band', () => {
    expect(measureScoreText(phq9({ total: 12, severity: 'Moderate', answered: 9 }))).toBe(
      'PHQ-9: 12 / 27 — moderate',
    );
  });

  test('an incomplete form shows how many items are answered, not a partial total', () => {
    expect(measureScoreText(phq9({ answered: 5 }))).toBe('PHQ-9: 5 of 9 answered');
  });
});

describe('needsAttention', () => {
  test('an urgent flag needs attention before hand-in and after, until reviewed', () => {
    const measure = phq9({ answered: 1, flags: [itemNine] });
    expect(needsAttention({ status: 'started', measure })).toBe(true);
    expect(needsAttention({ status: 'handed-in', measure })).toBe(true);
    expect(needsAttention({ status: 'reviewed', measure })).toBe(false);
  });

  test('a review-level flag or no measure does not', () => {
    const review = { ...itemNine, id: 'gad-7-further-evaluation', level: 'review' as const };
    expect(needsAttention({ status: 'handed-in', measure: phq9({ flags: [review] }) })).toBe(false);
    expect(needsAttention({ status: 'handed-in', measure: null })).toBe(false);
  });
});

test('measureDisplayOf turns a browser-side score into the same display as the API result', () => {
  const content = measureContent(PHQ9_V1);
  for (const node of content.content ?? []) {
    if (node.attrs?.itemId === '9') node.attrs = { ...node.attrs, value: 2 };
  }
  const score = scoreMeasure(content, { measure: { id: 'phq-9', version: 1 } })!;
  expect(measureDisplayOf(score)).toEqual(
    phq9({ answered: 1, flags: [expect.objectContaining({ id: 'phq-9-item-9', level: 'urgent' })] }),
  );
});

describe("the therapist's live view keeps the server's flags", () => {
  const kept = { ...itemNine, message: 'An answer that needs your attention … has since been changed' };

  test('a flag the server kept stays when the live score no longer raises it', () => {
    const live = phq9({ answered: 9, total: 9, flags: [] });
    const stored = phq9({ answered: 9, total: 10, flags: [kept] });
    expect(withKeptFlags(live, stored)).toEqual({ ...live, flags: [kept] });
  });

  test('the live flag wins over the stored one with the same id; without a live score the stored one shows', () => {
    const live = phq9({ answered: 9, total: 12, flags: [itemNine] });
    expect(withKeptFlags(live, phq9({ flags: [kept] }))?.flags).toEqual([itemNine]);
    expect(withKeptFlags(null, phq9({ flags: [kept] }))?.flags).toEqual([kept]);
    expect(withKeptFlags(live, null)).toBe(live);
  });
});
