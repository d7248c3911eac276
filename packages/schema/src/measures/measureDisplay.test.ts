import { expect, test } from 'vitest';
import { measureContent } from './measureContent.js';
import { measureDisplayOf, measureResultSummaryOf } from './measureDisplay.js';
import { PHQ9_V1 } from './phq9.js';
import { scoreMeasure } from './scoreMeasure.js';

test('a live score and its stored summary display the same', () => {
  const content = measureContent(PHQ9_V1);
  for (const node of content.content ?? []) {
    if (node.attrs?.itemId === '9') node.attrs = { ...node.attrs, value: 2 };
  }
  const score = scoreMeasure(content, { measure: { id: 'phq-9', version: 1 } })!;
  const display = measureDisplayOf(measureResultSummaryOf(score));
  // Partly answered: counts and the catalogue's maximum, no total yet, and item 9's flag at once.
  expect([display.title, display.answered, display.itemCount, display.maxTotal]).toEqual(['PHQ-9', 1, 9, 27]);
  expect([display.total, display.severity]).toEqual([null, null]);
  expect(display.flags.map((flag) => `${flag.id}:${flag.level}`)).toEqual(['phq-9-item-9:urgent']);
});

test('a result of a measure version no longer in the catalogue is still shown by its id', () => {
  const display = measureDisplayOf({
    measureId: 'phq-9',
    measureVersion: 99,
    total: 12,
    severity: 'Moderate',
    answered: 9,
    flags: [],
  });
  expect(display).toEqual({
    title: 'phq-9',
    total: 12,
    maxTotal: 0,
    severity: 'Moderate',
    answered: 9,
    itemCount: 9,
    flags: [],
  });
});
