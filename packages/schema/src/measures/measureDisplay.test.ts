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
  expect(measureDisplayOf(measureResultSummaryOf(score))).toEqual({
    title: 'PHQ-9',
    total: null,
    maxTotal: 27,
    severity: null,
    answered: 1,
    itemCount: 9,
    flags: [expect.objectContaining({ id: 'phq-9-item-9', level: 'urgent' })],
  });
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
