import { doc, entryGroup, heading, paragraph, prompt } from '../../content/builders.js';
import { promptField, sudsRating, textField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

export const exposureLadder = defineTemplate({
  id: 'exposure-ladder',
  version: 1,
  title: 'Exposure ladder',
  kind: 'worksheet',
  description:
    'Graded exposure: build a ladder of 10–15 feared situations rated by distress (SUDS), then log each practice with distress before, at its peak and after. Build the ladder together in session; the practice log is homework.',
  estimatedMinutes: 20,
  tags: ['exposure', 'anxiety', 'OCD', 'phobia', 'SUDS'],
  purpose: 'Build a graded ladder of feared situations and log each practice with its distress ratings.',
  approaches: ['exposure', 'cbt'],
  topics: ['anxiety', 'fears-and-ocd'],
  evidence:
    'Graded exposure is the active ingredient of CBT for phobias, panic, social anxiety and, as exposure and response prevention, OCD; it has the strongest trial support of any technique for these problems.',
  content: doc(
    heading(2, 'Exposure ladder'),
    paragraph(
      'List 10 to 15 situations you avoid or find hard, from mildly uncomfortable to the hardest you can think of. Rate each on the distress scale: 0 is none, 25 mild, 50 significant, 75 high, 100 extreme. Try to leave about 5 to 10 points between steps, and add in-between steps where there is a big jump.',
    ),
    entryGroup({
      id: 'ladder',
      label: 'My ladder (lowest step first)',
      entryLabel: 'Step',
      fields: [
        textField('situation', 'Situation', true),
        sudsRating('expected', 'Expected distress', 'suds-expected', true),
      ],
    }),
    paragraph(
      'Start with a step around 30 to 40. Stay in the situation until your distress has clearly come down, without escaping or using safety behaviours. Repeat a step until it feels manageable before moving up.',
    ),
    entryGroup({
      id: 'practice',
      label: 'Practice log',
      entryLabel: 'Practice',
      fields: [
        textField('step', 'Which step I practised', true),
        sudsRating('before', 'Distress just before', 'suds-before', true),
        sudsRating('peak', 'Highest distress during', 'suds-peak', true),
        sudsRating('after', 'Distress at the end', 'suds-after', true),
        promptField('learned', 'What happened, and what did I learn?'),
      ],
    }),
    prompt({ id: 'next-step', question: 'Which step will I try next, and when?' }),
  ),
});
