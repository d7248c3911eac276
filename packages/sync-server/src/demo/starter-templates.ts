import { bulletList, doc, goal, goalStep, heading, paragraph, prompt, scale } from '@interlude/schema';
import type { CatalogueTemplate } from '../api/schema-template-catalogue.js';

/**
 * A few templates so the server is usable before the schema package's catalogue lands; the wiring
 * prefers that catalogue (see app.ts). Node ids are fixed so every copy of a template lines up.
 */
export const starterTemplates: readonly CatalogueTemplate[] = [
  {
    id: 'thought-record',
    version: 1,
    title: 'Thought record',
    kind: 'worksheet',
    description: 'Catch an upsetting thought, weigh the evidence and find a more balanced view.',
    estimatedMinutes: 15,
    tags: ['cbt', 'thoughts'],
    content: doc(
      heading(2, 'Thought record'),
      paragraph('Pick a moment this week when your mood changed. Answer in a few words or sentences.'),
      prompt({
        id: 'tr-situation',
        question: 'What was the situation?',
        guidance: 'Who, what, where, when.',
        required: true,
      }),
      prompt({ id: 'tr-thought', question: 'What went through your mind?', required: true }),
      scale({
        id: 'tr-belief',
        label: 'How much did you believe that thought?',
        min: 0,
        max: 100,
        step: 10,
        minLabel: 'Not at all',
        maxLabel: 'Completely',
        metricKey: 'belief',
      }),
      prompt({ id: 'tr-evidence-for', question: 'What supports the thought?' }),
      prompt({ id: 'tr-evidence-against', question: 'What does not support it?' }),
      prompt({ id: 'tr-balanced', question: 'What is a more balanced way to see it?' }),
    ),
  },
  {
    id: 'weekly-goal',
    version: 1,
    title: 'A goal for this week',
    kind: 'goal-setting',
    description: 'Set one small, concrete goal, break it into steps and rate how confident you feel.',
    estimatedMinutes: 10,
    tags: ['goals', 'behavioural activation'],
    content: doc(
      heading(2, 'A goal for this week'),
      paragraph('Choose something small enough that you could start today.'),
      goal({ id: 'wg-goal', title: 'Go for a walk three times', why: 'Moving helps my mood.' }, [
        goalStep({ id: 'wg-step-1', text: 'Put my shoes by the door' }),
        goalStep({ id: 'wg-step-2', text: 'Walk around the block on Monday' }),
        goalStep({ id: 'wg-step-3', text: 'Walk to the park on Thursday' }),
      ]),
      scale({
        id: 'wg-confidence',
        label: 'How confident are you?',
        min: 0,
        max: 10,
        minLabel: 'Not at all',
        maxLabel: 'Very',
      }),
      prompt({ id: 'wg-obstacles', question: 'What might get in the way, and what will you do then?' }),
    ),
  },
  {
    id: 'mood-check-in',
    version: 1,
    title: 'Mood check-in',
    kind: 'journaling',
    description: 'A short reflection on the week: mood, sleep and one thing that went well.',
    estimatedMinutes: 5,
    tags: ['mood', 'journaling'],
    content: doc(
      heading(2, 'Mood check-in'),
      bulletList('There are no right answers.', 'Skip anything you do not want to answer.'),
      scale({
        id: 'mc-mood',
        label: 'Overall mood this week',
        min: 0,
        max: 10,
        minLabel: 'Very low',
        maxLabel: 'Very good',
        metricKey: 'mood',
      }),
      scale({
        id: 'mc-sleep',
        label: 'Sleep quality',
        min: 0,
        max: 10,
        minLabel: 'Very poor',
        maxLabel: 'Very good',
        metricKey: 'sleep-quality',
      }),
      prompt({ id: 'mc-went-well', question: 'One thing that went well' }),
    ),
  },
];
