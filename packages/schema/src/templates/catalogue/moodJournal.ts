import { doc, entryGroup, heading, paragraph } from '../../content/builders.js';
import { promptField, ratingField, textField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

export const moodJournal = defineTemplate({
  id: 'mood-journal',
  version: 1,
  title: 'Mood journal',
  kind: 'journaling',
  description:
    'A short daily journal: mood 0–10, what happened, what helped and one thing to try tomorrow. Charts mood over the weeks and shows what helps.',
  estimatedMinutes: 5,
  tags: ['mood', 'depression', 'self-monitoring', 'daily'],
  purpose: 'Rate mood each day and note what happened and what helped.',
  approaches: ['cbt', 'measurement-based-care'],
  topics: ['mood'],
  evidence:
    'Self-monitoring of mood is a standard early step in CBT for depression: it gives client and therapist a shared record to spot patterns and to see change over the weeks.',
  content: doc(
    heading(2, 'Mood journal'),
    paragraph('Take a few minutes at the end of each day.'),
    entryGroup({
      id: 'days',
      label: 'Days',
      entryLabel: 'Day',
      fields: [
        ratingField('mood', 'Mood today', {
          min: 0,
          max: 10,
          minLabel: 'Very low',
          maxLabel: 'Very good',
          metricKey: 'mood',
          required: true,
        }),
        promptField('happened', 'What happened today?'),
        promptField('helped', 'What helped, even a little?'),
        textField('tomorrow', 'One thing to try tomorrow'),
      ],
    }),
  ),
});
