import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.js';

const now = new Date('2026-12-06T12:00:00Z');

describe('relativeTime', () => {
  it.each([
    ['2026-12-06T11:59:30Z', 'just now'],
    ['2026-12-06T12:00:20Z', 'just now'],
    ['2026-12-06T11:55:00Z', '5 minutes ago'],
    ['2026-12-06T09:00:00Z', '3 hours ago'],
    ['2026-12-05T10:00:00Z', 'yesterday'],
    ['2026-12-02T10:00:00Z', '4 days ago'],
    ['2026-11-02T10:00:00Z', 'Nov 2, 2026'],
  ])('%s reads "%s"', (iso, words) => {
    expect(relativeTime(iso, now)).toBe(words);
  });
});
