import { doc, entryGroup, heading, paragraph } from '../../content/builders.js';
import { promptField, ratingField, textField, typedField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

const worryRating = (id: string, label: string, metricKey: string) =>
  ratingField(id, label, {
    min: 0,
    max: 10,
    minLabel: 'No worry',
    maxLabel: 'Overwhelming',
    metricKey,
    required: true,
  });

export const worryTime = defineTemplate({
  id: 'worry-time',
  version: 1,
  title: 'Worry time',
  kind: 'journaling',
  description:
    'Worry postponement for generalised anxiety: the client jots down worries as they come, then deals with them in a fixed 15–30 minute slot, sorting practical from hypothetical worries, problem-solving the first and letting go of the second.',
  estimatedMinutes: 20,
  tags: ['GAD', 'worry', 'anxiety', 'daily'],
  purpose: 'Postpone worries to a set time, then sort practical from hypothetical ones.',
  approaches: ['cbt'],
  topics: ['worry', 'anxiety'],
  evidence:
    'Worry postponement (stimulus control; Borkovec and colleagues, 1983) and telling practical from hypothetical worries are parts of CBT for generalised anxiety disorder, a treatment with strong meta-analytic support.',
  content: doc(
    heading(2, 'Worry time'),
    paragraph(
      'During the day, when a worry comes up, note it down briefly and tell yourself you will come back to it in your worry time. Choose a fixed 15 to 30 minutes each day, not too close to bedtime.',
    ),
    entryGroup({
      id: 'worries',
      label: 'Worries noted during the day',
      entryLabel: 'Worry',
      fields: [
        typedField('time', 'Time', 'time'),
        textField('worry', 'The worry', true),
        textField('trigger', 'What set it off'),
      ],
    }),
    paragraph(
      'In your worry time, go through the list. A practical worry is about a real problem you can act on now; a hypothetical one is a "what if" you cannot act on.',
    ),
    entryGroup({
      id: 'sessions',
      label: 'Worry time sessions',
      entryLabel: 'Session',
      fields: [
        typedField('minutes', 'How long', 'duration', { unit: 'min' }),
        worryRating('before', 'Worry before', 'worry-before'),
        promptField('practical', 'Practical worries, and one next step for each'),
        promptField('hypothetical', 'Hypothetical worries I am letting go of, and how I let them go'),
        worryRating('after', 'Worry after', 'worry-after'),
      ],
    }),
  ),
});
