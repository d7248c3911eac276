import { DIFFICULTY_QUESTION, FREQUENCY_OPTIONS, PHQ_SOURCE } from './frequencyOptions.js';
import type { MeasureDefinition } from './measureDefinition.js';

/** Patient Health Questionnaire-9 (depression), official wording. */
export const PHQ9_V1: MeasureDefinition = {
  id: 'phq-9',
  version: 1,
  name: 'PHQ-9',
  title: 'Patient Health Questionnaire (PHQ-9)',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  options: FREQUENCY_OPTIONS,
  items: [
    { itemId: '1', text: 'Little interest or pleasure in doing things' },
    { itemId: '2', text: 'Feeling down, depressed, or hopeless' },
    { itemId: '3', text: 'Trouble falling or staying asleep, or sleeping too much' },
    { itemId: '4', text: 'Feeling tired or having little energy' },
    { itemId: '5', text: 'Poor appetite or overeating' },
    {
      itemId: '6',
      text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    },
    {
      itemId: '7',
      text: 'Trouble concentrating on things, such as reading the newspaper or watching television',
    },
    {
      itemId: '8',
      text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    },
    { itemId: '9', text: 'Thoughts that you would be better off dead or of hurting yourself in some way' },
  ],
  unscoredItem: DIFFICULTY_QUESTION,
  totalRange: { min: 0, max: 27 },
  severityBands: [
    { min: 0, max: 4, label: 'Minimal' },
    { min: 5, max: 9, label: 'Mild' },
    { min: 10, max: 14, label: 'Moderate' },
    { min: 15, max: 19, label: 'Moderately severe' },
    { min: 20, max: 27, label: 'Severe' },
  ],
  flags: [
    {
      id: 'phq-9-item-9',
      level: 'urgent',
      when: { itemId: '9', scoreAbove: 0 },
      message:
        'Item 9 (thoughts of being better off dead or of self-harm) was answered above "Not at all": review this now, whatever the total.',
    },
  ],
  source: PHQ_SOURCE,
};
