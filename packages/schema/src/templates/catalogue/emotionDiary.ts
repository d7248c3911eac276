import { doc, entryGroup, heading, paragraph } from '../../content/builders.js';
import { checklistField, promptField, ratingField, textField, typedField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

const zeroToFive = (id: string, label: string, metricKey: string) =>
  ratingField(id, label, { min: 0, max: 5, minLabel: 'Not at all', maxLabel: 'Most intense', metricKey });

export const emotionDiary = defineTemplate({
  id: 'emotion-urge-diary',
  version: 1,
  title: 'Emotion and urge diary',
  kind: 'worksheet',
  description:
    'A DBT-style daily card: strength of the main emotions and of the strongest urge (0–5), whether the urge was acted on, and which skills were used. Review it at the start of each session; edit the emotions and skills to fit the client.',
  estimatedMinutes: 5,
  tags: ['DBT', 'emotion regulation', 'skills', 'daily'],
  purpose: "Track the day's emotions, urges and the skills used.",
  approaches: ['dbt'],
  topics: ['emotion-regulation', 'mood'],
  evidence:
    'The diary card is a standard part of Dialectical Behaviour Therapy (Linehan), which has randomised-trial support for reducing self-harm and suicidal behaviour in borderline personality disorder. Reviewed at the start of each session, it sets the agenda.',
  content: doc(
    heading(2, 'Emotion and urge diary'),
    paragraph(
      'Fill in one entry each evening. Rate the strongest each feeling got that day, from 0 (not at all) to 5.',
    ),
    entryGroup({
      id: 'days',
      label: 'Days',
      entryLabel: 'Day',
      fields: [
        zeroToFive('sadness', 'Sadness', 'emotion-sadness'),
        zeroToFive('anger', 'Anger', 'emotion-anger'),
        zeroToFive('fear', 'Fear', 'emotion-fear'),
        zeroToFive('shame', 'Shame', 'emotion-shame'),
        zeroToFive('joy', 'Joy', 'emotion-joy'),
        textField('urge', 'Strongest urge today'),
        zeroToFive('urge-strength', 'How strong was the urge', 'urge'),
        typedField('acted', 'Did I act on it?', 'yesno'),
        checklistField('skills', 'Skills I used', [
          {
            id: 'mindfulness',
            label: 'Mindfulness',
            description: 'Noticing and describing without judging.',
          },
          {
            id: 'distress-tolerance',
            label: 'Distress tolerance',
            description: 'Getting through a crisis without making it worse.',
          },
          {
            id: 'emotion-regulation',
            label: 'Emotion regulation',
            description: 'Changing how strong or long a feeling is.',
          },
          {
            id: 'interpersonal',
            label: 'Interpersonal effectiveness',
            description: 'Asking for what I need, saying no, keeping relationships.',
          },
        ]),
        promptField('notes', 'Notes'),
      ],
    }),
  ),
});
