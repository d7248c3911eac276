import { doc, field, heading, paragraph, prompt, scale } from '../../content/builders.js';
import type { WorksheetJSON } from '../../content/worksheetJSON.js';
import { defineTemplate } from '../worksheetTemplate.js';

const domains = [
  ['family', 'Family', 'Being the kind of son, daughter, sibling or relative you want to be.'],
  ['intimate', 'Intimate relationships', 'How you want to be with a partner.'],
  ['parenting', 'Parenting', 'The parent you want to be (skip if it does not apply).'],
  ['friendships', 'Friendships', 'The friend you want to be.'],
  ['work', 'Work', 'What you want to stand for in your job or daily tasks.'],
  ['learning', 'Learning and growth', 'Education, skills, curiosity.'],
  ['recreation', 'Fun and recreation', 'Play, hobbies, rest.'],
  ['spirituality', 'Spirituality', 'Whatever gives you a sense of meaning beyond yourself.'],
  ['community', 'Community', 'Your part in the wider world: neighbours, causes, nature.'],
  ['health', 'Health and self-care', 'Looking after your body and mind.'],
] as const;

const oneToTen = (id: string, label: string, minLabel: string, maxLabel: string, metricKey: string) =>
  scale({ id, label, min: 1, max: 10, minLabel, maxLabel, metricKey });

function domainSection([id, title, description]: (typeof domains)[number]): WorksheetJSON[] {
  return [
    heading(3, title),
    paragraph(description),
    oneToTen(
      `${id}-importance`,
      'How important is this to me?',
      'Not at all',
      'Extremely',
      `value-importance-${id}`,
    ),
    oneToTen(
      `${id}-consistency`,
      'How closely did I live by it this past week?',
      'Not at all',
      'Completely',
      `value-consistency-${id}`,
    ),
    field({ id: `${id}-action`, label: 'One small step I could take this week', fieldType: 'text' }),
  ];
}

export const valuesCompass = defineTemplate({
  id: 'values-compass',
  version: 1,
  title: 'Values compass',
  kind: 'goal-setting',
  description:
    'An ACT-style values exercise across ten life areas: how important each is, how closely the client has been living by it, and one small valued action. The gaps between the two ratings show where to start.',
  estimatedMinutes: 25,
  tags: ['ACT', 'values', 'motivation'],
  purpose: 'Rate what matters across ten life areas and choose one small valued action.',
  approaches: ['act'],
  topics: ['motivation', 'mood', 'relationships'],
  evidence:
    'Values clarification is a core process of Acceptance and Commitment Therapy, which meta-analyses support across anxiety, depression, addiction and chronic pain (A-Tjak and colleagues, 2015).',
  content: doc(
    heading(2, 'Values compass'),
    paragraph(
      'Values are the directions you want your life to head in, not goals you tick off. For each area, rate how much it matters to you and how closely you have lived by it lately. There are no right answers, and an area can matter little.',
    ),
    ...domains.flatMap(domainSection),
    prompt({
      id: 'biggest-gap',
      question:
        'Where is the biggest gap between importance and how I am living? What is one step toward closing it?',
    }),
  ),
});
