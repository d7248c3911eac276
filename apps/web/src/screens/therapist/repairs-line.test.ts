import { expect, test } from 'vitest';
import { repairsLine } from './repairs-line';

test('says how often the server undid a change, and nothing when it never did', () => {
  expect(repairsLine(null)).toBeNull();
  expect(repairsLine({ count: 0, lastAt: null })).toBeNull();
  expect(repairsLine({ count: 1, lastAt: null })).toBe(
    'The server undid a change it does not allow once; the rest was kept. See the activity log.',
  );
  expect(repairsLine({ count: 3, lastAt: null })).toContain('3 times');
});
