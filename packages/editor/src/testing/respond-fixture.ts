import {
  checklist,
  choice,
  doc,
  type EntryFieldDefinition,
  entry,
  entryGroup,
  field,
  goal,
  goalStep,
  heading,
  paragraph,
  prompt,
  scale,
  type WorksheetJSON,
} from '@interlude/schema';

export const DIARY_FIELDS: EntryFieldDefinition[] = [
  {
    kind: 'field',
    id: 'time',
    label: 'Time',
    fieldType: 'time',
    unit: null,
    metricKey: null,
    required: true,
  },
  {
    kind: 'scale',
    id: 'mood',
    label: 'Mood',
    min: 0,
    max: 10,
    step: 1,
    minLabel: 'Low',
    maxLabel: 'Good',
    anchors: [],
    metricKey: 'mood',
    required: true,
  },
  { kind: 'prompt', id: 'notes', label: 'What happened?', guidance: '', required: false },
];

/**
 * A worksheet with instructions between its questions and every kind of node, part-answered: what a client
 * opens in respond mode. Ids are fixed so tests can address nodes.
 */
export function respondFixture(): WorksheetJSON {
  return doc(
    heading(2, 'Thought record'),
    paragraph('Write down a moment this week when your mood dropped.'),
    prompt({ id: 'situation', question: 'What happened?', guidance: 'Who, what, where.', required: true }, [
      paragraph('At work'),
    ]),
    paragraph('Now rate how you felt.'),
    prompt({ id: 'thought', question: 'What went through your mind?' }),
    scale({ id: 'anxiety', label: 'How anxious?', min: 0, max: 10, metricKey: 'suds', value: null }),
    choice({
      id: 'planned',
      label: 'Was it planned?',
      options: [
        { value: 'planned', label: 'Planned' },
        { value: 'done', label: 'Done' },
      ],
    }),
    checklist({
      id: 'traps',
      label: 'Thinking traps',
      items: [
        { id: 'mind-reading', label: 'Mind reading', description: '' },
        { id: 'labelling', label: 'Labelling', description: '' },
      ],
    }),
    goal({ id: 'walk', title: 'Walk more', why: 'Energy', targetDate: '2026-12-20' }, [
      goalStep({ id: 'shoes', text: 'Buy shoes' }),
      goalStep({ id: 'route', text: 'Plan a route' }),
    ]),
    field({ id: 'bed', label: 'Went to bed', fieldType: 'time' }),
    entryGroup({ id: 'diary', label: 'Mood diary', entryLabel: 'Day', fields: DIARY_FIELDS }, [
      entry({ id: 'monday', date: '2026-11-23' }, [
        field({ id: 'monday-time', label: 'Time', fieldType: 'time', value: '08:30' }),
        scale({ id: 'monday-mood', label: 'Mood', min: 0, max: 10, value: 6 }),
        prompt({ id: 'monday-notes', question: 'What happened?' }, [paragraph('A walk')]),
      ]),
    ]),
    paragraph('Thank you.'),
  );
}
