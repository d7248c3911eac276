import { DIFFICULTY_QUESTION, FREQUENCY_OPTIONS, PHQ_SOURCE } from './frequencyOptions.js';
import type { MeasureDefinition } from './measureDefinition.js';

/** Generalized Anxiety Disorder-7, official wording. */
export const GAD7_V1: MeasureDefinition = {
  id: 'gad-7',
  version: 1,
  name: 'GAD-7',
  title: 'Generalized Anxiety Disorder (GAD-7)',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  options: FREQUENCY_OPTIONS,
  items: [
    { itemId: '1', text: 'Feeling nervous, anxious, or on edge' },
    { itemId: '2', text: 'Not being able to stop or control worrying' },
    { itemId: '3', text: 'Worrying too much about different things' },
    { itemId: '4', text: 'Trouble relaxing' },
    { itemId: '5', text: 'Being so restless that it is hard to sit still' },
    { itemId: '6', text: 'Becoming easily annoyed or irritable' },
    { itemId: '7', text: 'Feeling afraid as if something awful might happen' },
  ],
  unscoredItem: DIFFICULTY_QUESTION,
  totalRange: { min: 0, max: 21 },
  severityBands: [
    { min: 0, max: 4, label: 'Minimal' },
    { min: 5, max: 9, label: 'Mild' },
    { min: 10, max: 14, label: 'Moderate' },
    { min: 15, max: 21, label: 'Severe' },
  ],
  flags: [
    {
      id: 'gad-7-further-evaluation',
      level: 'review',
      when: { totalAtLeast: 10 },
      message: 'A total of 10 or more suggests further evaluation.',
    },
  ],
  source: PHQ_SOURCE,
};
