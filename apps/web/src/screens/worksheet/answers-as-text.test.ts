import { expect, test } from 'vitest';
import { answersAsText } from './answers-as-text';

const base = { metricKey: null, required: false, measure: null };

test('lists each answer under its question, and entries with their dates', () => {
  const text = answersAsText(
    'Thought record',
    {
      responses: [
        { ...base, nodeId: 'a', kind: 'prompt', label: 'What happened?', value: 'Missed the bus.\nWalked.' },
        { ...base, nodeId: 'b', kind: 'scale', label: 'Belief', value: 40 },
        { ...base, nodeId: 'c', kind: 'goalStep', label: 'Shoes by the door', value: true },
        { ...base, nodeId: 'd', kind: 'prompt', label: 'What else?', value: null },
      ],
      entryGroups: [
        {
          nodeId: 'g',
          label: 'Sleep',
          entryLabel: 'Night',
          entries: [
            {
              entryId: 'e',
              date: '2026-01-05',
              fields: [{ ...base, nodeId: 'f', kind: 'field', label: 'Hours', value: 7 }],
            },
          ],
        },
      ],
    },
    new Date(2026, 0, 6, 9, 30),
  );
  expect(text).toContain('Thought record\n');
  expect(text).toContain('What happened?\n  Missed the bus.\n  Walked.\n');
  expect(text).toContain('Belief\n  40\n');
  expect(text).toContain('Shoes by the door\n  Yes\n');
  expect(text).toContain('What else?\n  (not answered)\n');
  expect(text).toContain('Sleep\n  Night 1 (2026-01-05)\n    Hours: 7\n');
});
