import { doc, entryGroup, heading, paragraph, prompt, scale } from '../../content/builders.js';
import { ratingField, textField, typedField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

const intensity = (id: string) =>
  ratingField(id, 'How strong (0–100)', {
    min: 0,
    max: 100,
    step: 5,
    minLabel: 'Not at all',
    maxLabel: 'As strong as it gets',
    metricKey: 'emotion-intensity',
    required: true,
  });

export const thoughtRecord = defineTemplate({
  id: 'thought-record',
  version: 1,
  title: 'Thought record',
  kind: 'worksheet',
  description:
    'The core cognitive restructuring exercise: the client catches a moment when their mood shifted, names the thoughts behind it, weighs the evidence and writes a more balanced thought, then re-rates how they feel. Best once the client can already spot feelings and thoughts.',
  estimatedMinutes: 20,
  tags: ['CBT', 'cognitive restructuring', 'depression', 'anxiety'],
  purpose: 'Catch an upsetting thought, weigh the evidence for it and find a more balanced one.',
  approaches: ['cbt'],
  topics: ['mood', 'anxiety', 'self-esteem'],
  evidence:
    'Cognitive restructuring with thought records is a core component of cognitive therapy for depression and anxiety (Beck). Across meta-analyses, doing between-session homework goes with better CBT outcomes (Kazantzis and colleagues, 2000 and 2010).',
  content: doc(
    heading(2, 'Thought record'),
    paragraph(
      'Pick a recent moment when your mood changed for the worse. Fill this in as soon after it as you can; a rough note is better than none.',
    ),
    prompt({
      id: 'situation',
      question: 'What was going on?',
      guidance: 'Who were you with, what were you doing, when and where?',
      required: true,
    }),
    entryGroup({
      id: 'emotions',
      label: 'What did you feel?',
      entryLabel: 'Feeling',
      fields: [
        textField('emotion', 'Feeling (one word: sad, anxious, angry…)', true),
        intensity('intensity'),
      ],
    }),
    entryGroup({
      id: 'thoughts',
      label: 'What went through your mind?',
      entryLabel: 'Thought',
      fields: [
        textField('thought', 'The thought, in the words you thought it', true),
        typedField('hot', 'Is this the thought that hurt most (the "hot" one)?', 'yesno'),
        ratingField('belief', 'How much do you believe it (0–100)', {
          min: 0,
          max: 100,
          step: 5,
          minLabel: 'Not at all',
          maxLabel: 'Completely',
          metricKey: 'belief',
        }),
      ],
    }),
    prompt({
      id: 'evidence-for',
      question: 'What facts support the hot thought?',
      guidance: 'Things that would stand up in court, not feelings or guesses.',
      required: true,
    }),
    prompt({
      id: 'evidence-against',
      question: 'What facts do not fit with it?',
      guidance: 'What would a friend point out? Has it gone differently before?',
      required: true,
    }),
    prompt({
      id: 'balanced-thought',
      question: 'A more balanced way to see it',
      guidance: 'Take both lists into account. It does not have to be positive, just fair.',
      required: true,
    }),
    scale({
      id: 'balanced-belief',
      label: 'How much do you believe the balanced thought (0–100)?',
      min: 0,
      max: 100,
      step: 5,
      minLabel: 'Not at all',
      maxLabel: 'Completely',
      metricKey: 'balanced-belief',
      required: true,
    }),
    entryGroup({
      id: 'rerate',
      label: 'Rate your feelings again now',
      entryLabel: 'Feeling',
      fields: [textField('emotion', 'Feeling', true), intensity('intensity')],
    }),
  ),
});
