import { describe, expect, it } from 'vitest';
import { encouragement } from './encouragement';

const completion = (assigned: number, done: number, rateLast4Weeks: number | null) => ({
  weeks: [],
  assigned,
  done,
  doneOnTime: done,
  rate: assigned === 0 ? null : done / assigned,
  rateLast4Weeks,
});

describe('encouragement', () => {
  it('counts what the client did, and notices recent steady work', () => {
    expect(encouragement(completion(4, 3, 0.75))).toBe(
      'You have completed 3 pieces of homework. You have kept going these last weeks: well done.',
    );
    expect(encouragement(completion(4, 1, 0.25))).toBe(
      'You have completed one piece of homework. Every piece you do is a step forward.',
    );
  });

  it('never speaks of failure when nothing is done yet', () => {
    expect(encouragement(completion(2, 0, 0))).toBe(
      'Your first completed worksheet will show here. Every small step counts.',
    );
    expect(encouragement(completion(0, 0, null))).toContain('When your therapist sends you homework');
  });
});
