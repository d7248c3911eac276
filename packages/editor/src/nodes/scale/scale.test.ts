import { scale } from '@interlude/schema';
import { describe, it } from 'vitest';
import { expectRoundTrip } from '../../testing/round-trip.js';

describe('scale', () => {
  it('round-trips through JSON and HTML with every setting and an answer', () => {
    expectRoundTrip(
      scale({
        id: 'anxiety',
        label: 'How anxious were you?',
        min: 0,
        max: 100,
        step: 5,
        minLabel: 'Not at all',
        maxLabel: 'Extremely',
        anchors: [{ value: 50, label: 'Significant' }],
        metricKey: 'suds',
        required: true,
        value: 65,
      }),
      'scale',
    );
  });

  it('keeps "not answered yet" apart from the lowest value', () => {
    expectRoundTrip(scale({ id: 'mood-null', label: 'Mood', min: 0, max: 10, value: null }), 'scale');
    expectRoundTrip(scale({ id: 'mood-zero', label: 'Mood', min: 0, max: 10, value: 0 }), 'scale');
  });
});
