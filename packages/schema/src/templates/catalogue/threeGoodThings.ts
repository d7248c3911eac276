import { doc, entryGroup, heading, paragraph } from '../../content/builders.js';
import { promptField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

const goodThing = (n: number) => [
  promptField(`good-${n}`, `Good thing ${n}`, '', n === 1),
  promptField(`why-${n}`, 'Why did it happen?', 'What did you or someone else do to make it happen?'),
];

export const threeGoodThings = defineTemplate({
  id: 'three-good-things',
  version: 1,
  title: 'Three good things',
  kind: 'journaling',
  description:
    'A positive psychology journal: each evening for a week the client writes down three things that went well and why each happened. Helps shift attention toward what goes right and the part the client played.',
  estimatedMinutes: 10,
  tags: ['positive psychology', 'gratitude', 'depression', 'daily'],
  purpose: 'Each evening for a week, write three things that went well and why.',
  approaches: ['positive-psychology'],
  topics: ['mood', 'stress'],
  evidence:
    'In a randomised trial (Seligman and colleagues, 2005) writing three good things each evening for a week raised happiness and lowered depressive symptoms for six months; later replications found smaller but positive effects.',
  content: doc(
    heading(2, 'Three good things'),
    paragraph(
      'Each evening this week, before bed, write down three things that went well today and why they happened. They can be small: a good cup of coffee counts.',
    ),
    entryGroup({
      id: 'evenings',
      label: 'Evenings',
      entryLabel: 'Evening',
      fields: [...goodThing(1), ...goodThing(2), ...goodThing(3)],
    }),
  ),
});
