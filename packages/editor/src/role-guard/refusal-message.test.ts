import { describe, expect, it } from 'vitest';
import { refusalMessage } from './refusal-message.js';

describe('refusalMessage', () => {
  it('explains a refused template edit to the client in plain words', () => {
    expect(refusalMessage({ reason: 'template-not-permitted', message: 'A client may not…' })).toContain(
      'Your answers go in the answer boxes',
    );
  });

  it('falls back to the schema’s own message for other reasons', () => {
    expect(refusalMessage({ reason: 'meta-value-invalid', message: 'Bad value.' })).toBe('Bad value.');
  });
});
