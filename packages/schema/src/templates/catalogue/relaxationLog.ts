import { doc, entryGroup, heading, paragraph } from '../../content/builders.js';
import { promptField, ratingField, textField, typedField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

const tension = (id: string, label: string, metricKey: string) =>
  ratingField(id, label, {
    min: 0,
    max: 10,
    minLabel: 'Fully relaxed',
    maxLabel: 'Extremely tense',
    metricKey,
    required: true,
  });

export const relaxationLog = defineTemplate({
  id: 'relaxation-log',
  version: 1,
  title: 'Relaxation practice log',
  kind: 'worksheet',
  description:
    'A log of relaxation practice (breathing, progressive muscle relaxation, imagery…) with tension rated before and after each session, so the client sees the effect build with practice.',
  estimatedMinutes: 5,
  tags: ['relaxation', 'anxiety', 'stress', 'daily'],
  purpose: 'Log relaxation practice with tension rated before and after each session.',
  approaches: ['relaxation', 'cbt'],
  topics: ['stress', 'anxiety'],
  evidence:
    'Applied relaxation and progressive muscle relaxation have randomised-trial support for generalised anxiety and stress-related problems. Benefits build with regular practice, which the log makes visible to both of you.',
  content: doc(
    heading(2, 'Relaxation practice log'),
    paragraph(
      'Practise once or twice a day, ideally when you are not already very tense. Rate your tension just before and just after, then note anything that helped or got in the way.',
    ),
    entryGroup({
      id: 'sessions',
      label: 'Practice sessions',
      entryLabel: 'Session',
      fields: [
        typedField('time', 'Time', 'time'),
        textField('technique', 'Technique', true),
        typedField('minutes', 'How long', 'duration', { unit: 'min', metricKey: 'relaxation-minutes' }),
        tension('before', 'Tension before', 'tension-before'),
        tension('after', 'Tension after', 'tension-after'),
        promptField('notes', 'Notes'),
      ],
    }),
  ),
});
