import { doc, heading, paragraph, prompt } from '../../content/builders.js';
import { defineTemplate } from '../worksheetTemplate.js';

export const actionPlan = defineTemplate({
  id: 'action-plan',
  version: 1,
  title: 'Between-session action plan',
  kind: 'goal-setting',
  description:
    'A short plan made at the end of a session for what the client will practise before the next, when, what might get in the way, who can help, and how they will know it worked. Reviewed together next session.',
  estimatedMinutes: 5,
  tags: ['homework', 'planning', 'any approach'],
  purpose: 'Agree what to practise before the next session, when, and how to know it worked.',
  approaches: ['transdiagnostic'],
  topics: ['motivation'],
  evidence:
    'Homework that is planned together, specific and reviewed at the next session is done more often, and homework completion predicts outcome in CBT (Kazantzis and colleagues, 2010).',
  content: doc(
    heading(2, 'Action plan'),
    paragraph('Fill this in together at the end of the session and look at it again next time.'),
    prompt({ id: 'practise', question: 'What I will practise', required: true }),
    prompt({ id: 'when', question: 'When and where I will do it', required: true }),
    prompt({ id: 'obstacles', question: 'What might get in the way, and what I will do then' }),
    prompt({ id: 'support', question: 'Who or what can help me' }),
    prompt({ id: 'success', question: 'How I will know it worked' }),
    prompt({
      id: 'review',
      question: 'Review at the next session: how did it go, and what did I learn?',
      guidance: 'Leave this for your next session.',
    }),
  ),
});
