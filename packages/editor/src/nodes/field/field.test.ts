import { field } from '@interlude/schema';
import { describe, it } from 'vitest';
import { expectRoundTrip } from '../../testing/round-trip.js';

describe('field', () => {
  it('round-trips each kind of value in its own type', () => {
    expectRoundTrip(field({ id: 'bed', label: 'Went to bed', fieldType: 'time', value: '23:15' }), 'field');
    expectRoundTrip(
      field({ id: 'awake', label: 'Awake', fieldType: 'duration', unit: 'minutes', value: 40 }),
      'field',
    );
    expectRoundTrip(field({ id: 'nap', label: 'Napped', fieldType: 'yesno', value: false }), 'field');
    expectRoundTrip(
      field({ id: 'note', label: 'Note', fieldType: 'text', metricKey: null, value: null }),
      'field',
    );
  });
});
