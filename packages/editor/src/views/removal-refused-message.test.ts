import { describe, expect, it } from 'vitest';
import { removalRefusedMessage } from './removal-refused-message.js';

describe('removalRefusedMessage', () => {
  it('says why a block was not removed and what the therapist can do', () => {
    expect(removalRefusedMessage({ reason: 'answers-kept', message: '' })).toMatch(
      /press ✕ again and confirm/,
    );
    expect(removalRefusedMessage({ reason: 'measure-locked', message: '' })).toMatch(
      /scored.*Assign a separate worksheet/,
    );
    expect(removalRefusedMessage({ reason: 'read-only', message: '' })).toBe(
      'Not removed. This worksheet is read-only.',
    );
  });
});
