import { checklist, doc, heading, paragraph, prompt } from '../../content/builders.js';
import { defineTemplate } from '../worksheetTemplate.js';

/** Common thinking traps, each described in a line and followed by a question to catch it with. */
const traps = [
  [
    'all-or-nothing',
    'All-or-nothing thinking',
    'Seeing things as total success or total failure.',
    'Is there a middle ground here?',
  ],
  [
    'catastrophising',
    'Catastrophising',
    'Jumping to the worst possible outcome.',
    'What is the most likely outcome, not the worst?',
  ],
  [
    'discounting-positive',
    'Discounting the positive',
    'Deciding that good things "don\'t count".',
    'Would I discount it if a friend had done it?',
  ],
  [
    'emotional-reasoning',
    'Emotional reasoning',
    'Taking a feeling as proof: "I feel it, so it must be true".',
    'What would I think if I felt calm?',
  ],
  [
    'labelling',
    'Labelling',
    'Summing up yourself or someone else in one harsh word.',
    'What did the person actually do?',
  ],
  [
    'magnifying-minimising',
    'Magnifying or minimising',
    'Blowing up the bad and shrinking the good.',
    'How big will this seem in a year?',
  ],
  [
    'mental-filter',
    'Mental filter',
    'Dwelling on one detail until it colours everything.',
    'What else happened that I am leaving out?',
  ],
  [
    'mind-reading',
    'Mind reading',
    'Assuming you know what others think of you.',
    'What do I actually know, and what am I guessing?',
  ],
  [
    'overgeneralising',
    'Overgeneralising',
    'Treating one event as a pattern: "always", "never".',
    'Is it really every time?',
  ],
  [
    'should-statements',
    '"Should" statements',
    'Rigid rules for yourself or others: should, must, ought.',
    'What would I like, rather than what must be?',
  ],
  [
    'personalising-blame',
    'Personalising and blame',
    'Taking all the blame, or putting it all on someone else.',
    'What else played a part?',
  ],
] as const;

export const thinkingTraps = defineTemplate({
  id: 'thinking-traps',
  version: 1,
  title: 'Thinking traps check',
  kind: 'worksheet',
  description:
    'A checklist of eleven common thinking traps, each explained in a line with a question to test it. Use it to introduce cognitive distortions, or alongside a thought record to label the hot thought.',
  estimatedMinutes: 10,
  tags: ['CBT', 'cognitive distortions', 'psychoeducation'],
  purpose: 'Learn to spot common thinking traps and question them.',
  approaches: ['cbt'],
  topics: ['mood', 'anxiety'],
  evidence:
    'Teaching the common cognitive distortions (Beck; Burns) prepares clients for cognitive restructuring. It is psychoeducation rather than a treatment on its own: pair it with a thought record.',
  content: doc(
    heading(2, 'Thinking traps check'),
    paragraph(
      'Everyone falls into these from time to time, especially when stressed. Think of an upsetting thought from this week and tick every trap it fits.',
    ),
    prompt({ id: 'thought', question: 'The thought I am checking', required: true }),
    checklist({
      id: 'traps',
      label: 'Which traps does it fall into?',
      required: true,
      items: traps.map(([id, label, description, question]) => ({
        id,
        label,
        description: `${description} Ask yourself: ${question}`,
      })),
    }),
    prompt({
      id: 'way-out',
      question: 'Pick one trap you ticked. What question gets you out of it, and what is your answer?',
      required: true,
    }),
  ),
});
