import { paragraph, prompt, text } from '@interlude/schema';
import { describe, it } from 'vitest';
import { expectRoundTrip } from '../../testing/round-trip.js';

describe('prompt', () => {
  it('round-trips through JSON and HTML with its question and a rich-text answer', () => {
    expectRoundTrip(
      prompt({ id: 'situation', question: 'What happened?', guidance: 'Who, what, where.', required: true }, [
        paragraph('I was at work.'),
        {
          type: 'paragraph',
          content: [{ type: 'text', marks: [{ type: 'bold' }], ...text('It was hard.') }],
        },
      ]),
      'prompt',
    );
  });

  it('round-trips unanswered', () => {
    expectRoundTrip(prompt({ id: 'thought', question: 'What went through your mind?' }), 'prompt');
  });
});
