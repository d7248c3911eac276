import { doc, entryGroup, goal, heading, paragraph, prompt } from '../../content/builders.js';
import { textField, typedField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

export const smartGoal = defineTemplate({
  id: 'smart-goal',
  version: 1,
  title: 'SMART goal',
  kind: 'goal-setting',
  description:
    'Turns a broad wish into a goal that is specific, measurable, achievable, relevant and time-bound, with dated action steps, likely barriers and a progress rating. Write the agreed goal as the goal title when assigning.',
  estimatedMinutes: 15,
  tags: ['goals', 'motivation', 'planning'],
  purpose: 'Turn a broad wish into a specific, dated goal with action steps.',
  approaches: ['transdiagnostic'],
  topics: ['motivation'],
  evidence:
    'Specific, measurable goals with planned actions are attained more often than vague ones (goal-setting research, Locke and Latham); rating progress makes attainment visible in session.',
  content: doc(
    heading(2, 'SMART goal'),
    paragraph('Start with what you want to change, then sharpen it one question at a time.'),
    prompt({ id: 'statement', question: 'My goal, in one sentence', required: true }),
    prompt({
      id: 'specific',
      question: 'Specific: what exactly will I do, where and with whom?',
      required: true,
    }),
    prompt({ id: 'measurable', question: 'Measurable: how will I know I have done it?', required: true }),
    prompt({ id: 'achievable', question: 'Achievable: why is this within reach for me now?' }),
    prompt({ id: 'relevant', question: 'Relevant: why does this matter to me?' }),
    prompt({ id: 'time-bound', question: 'Time-bound: by when?', required: true }),
    entryGroup({
      id: 'steps',
      label: 'Action steps',
      entryLabel: 'Step',
      fields: [
        textField('step', 'Step', true),
        typedField('due', 'By', 'date'),
        typedField('done', 'Done', 'yesno'),
      ],
    }),
    prompt({ id: 'barriers', question: 'What could get in the way, and how will I handle it?' }),
    goal({
      id: 'goal',
      title: 'My goal',
      why: 'Rate how far along you are, from 0 (not started) to 100 (achieved).',
    }),
  ),
});
