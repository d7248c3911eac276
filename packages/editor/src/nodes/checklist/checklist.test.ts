import { checklist } from '@interlude/schema';
import { describe, expect, it } from 'vitest';
import { expectRoundTrip } from '../../testing/round-trip.js';
import { toggleChecked } from './toggle-checked.js';

const items = [
  { id: 'mind-reading', label: 'Mind reading', description: 'Assuming you know what others think' },
  { id: 'catastrophising', label: 'Catastrophising', description: '' },
  { id: 'labelling', label: 'Labelling', description: '' },
];

describe('checklist', () => {
  it('round-trips with its items and ticks', () => {
    expectRoundTrip(
      checklist({ id: 'traps', label: 'Thinking traps', items, checked: ['labelling'] }),
      'checklist',
    );
  });

  it('keeps ticks in the order of the items', () => {
    expect(toggleChecked(items, ['labelling'], 'mind-reading', true)).toEqual(['mind-reading', 'labelling']);
    expect(toggleChecked(items, ['mind-reading', 'labelling'], 'mind-reading', false)).toEqual(['labelling']);
  });
});
