import { describe, expect, it } from 'vitest';
import { liveWorksheetStatus } from './live-status';

const handedInAt = '2026-11-26T02:00:00.000Z';

describe('liveWorksheetStatus', () => {
  it('shows a hand-in made in the live document before the API knows of it', () => {
    expect(liveWorksheetStatus('assigned', handedInAt)).toBe('handed-in');
    expect(liveWorksheetStatus('started', handedInAt)).toBe('handed-in');
  });

  it('keeps the API status while the document holds no hand-in', () => {
    expect(liveWorksheetStatus('assigned', null)).toBe('assigned');
    expect(liveWorksheetStatus('started', null)).toBe('started');
  });

  it('never hides a review or an already recorded hand-in', () => {
    expect(liveWorksheetStatus('reviewed', handedInAt)).toBe('reviewed');
    expect(liveWorksheetStatus('handed-in', handedInAt)).toBe('handed-in');
    expect(liveWorksheetStatus('reviewed', null)).toBe('reviewed');
  });
});
