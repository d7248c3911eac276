import { choice } from '@interlude/schema';
import { describe, it } from 'vitest';
import { expectRoundTrip } from '../../testing/round-trip.js';

describe('choice', () => {
  it('round-trips with string options and an answer', () => {
    expectRoundTrip(
      choice({
        id: 'planned',
        label: 'Was it planned?',
        options: [
          { value: 'planned', label: 'Planned' },
          { value: 'done', label: 'Done' },
        ],
        required: true,
        value: 'done',
      }),
      'choice',
    );
  });

  it('keeps a numeric measure answer a number', () => {
    expectRoundTrip(
      choice({
        id: 'phq-1',
        label: 'Little interest or pleasure in doing things',
        options: [
          { value: 0, label: 'Not at all' },
          { value: 3, label: 'Nearly every day' },
        ],
        measureId: 'phq-9',
        measureVersion: 1,
        itemId: '1',
        value: 3,
      }),
      'choice',
    );
  });
});
