import { describe, expect, it } from 'vitest';
import { createEntryJSON } from '../content/builders.js';
import type { EntryFieldDefinition } from '../nodes/entryFieldDefinition.js';
import { extractResponses } from '../responses/extractResponses.js';
import { sleepDiary } from './catalogue/sleepDiary.js';
import { deriveSleepNight } from './sleepNight.js';

/** A sleep diary entry answered by field definition id, extracted as the server would. */
function night(answers: Record<string, string | number>) {
  const group = sleepDiary.content.content!.find((node) => node.type === 'entryGroup')!;
  const definitions = group.attrs!.fields as EntryFieldDefinition[];
  const entry = createEntryJSON(definitions, '2026-11-25');
  entry.content!.forEach((node, index) => {
    const answer = answers[definitions[index]!.id];
    if (answer !== undefined) node.attrs = { ...node.attrs, value: answer };
  });
  const content = { type: 'doc', content: [{ ...group, content: [entry] }] };
  return extractResponses(content).entryGroups[0]!.entries[0]!;
}

describe('deriveSleepNight', () => {
  it('works out time in bed, sleep and efficiency across midnight', () => {
    const summary = deriveSleepNight(
      night({
        bed: '22:30',
        'lights-out': '23:00',
        onset: 30,
        awake: 45,
        'final-wake': '06:30',
        'out-of-bed': '07:00',
      }),
    );
    // In bed 22:30–07:00 = 510 min; asleep 23:00–06:30 = 450 − 30 − 45 = 375 min; 375/510 = 73.5 %.
    expect(summary).toEqual({ minutesInBed: 510, minutesAsleep: 375, sleepEfficiency: 73.5 });
  });

  it('gives null where an answer it needs is missing', () => {
    expect(deriveSleepNight(night({ bed: '23:00', 'out-of-bed': '07:00' }))).toEqual({
      minutesInBed: 480,
      minutesAsleep: null,
      sleepEfficiency: null,
    });
  });
});
