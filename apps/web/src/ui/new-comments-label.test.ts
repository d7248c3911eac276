import { expect, test } from 'vitest';
import { newCommentsLabel } from './new-comments-label';

test('says how many comments are new, in words, and nothing when none are', () => {
  expect(newCommentsLabel(0)).toBeNull();
  expect(newCommentsLabel(1)).toBe('1 new comment');
  expect(newCommentsLabel(2)).toBe('2 new comments');
  expect(newCommentsLabel(12)).toBe('12 new comments');
});
