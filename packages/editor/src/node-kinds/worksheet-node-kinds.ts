import {
  checklist,
  choice,
  createNodeId,
  entryGroup,
  field,
  goal,
  goalStep,
  prompt,
  scale,
  type WorksheetJSON,
} from '@interlude/schema';
import { defaultDefinition } from '../nodes/entry-group/default-definition.js';

/** A kind of block the therapist can insert from the toolbar or the slash menu. */
export interface WorksheetNodeKind {
  key: 'prompt' | 'scale' | 'goal' | 'choice' | 'checklist' | 'field' | 'entryGroup';
  label: string;
  description: string;
  /** Fresh JSON of the block, with new ids, ready for its settings to be filled in. */
  create: () => WorksheetJSON;
}

export const WORKSHEET_NODE_KINDS: readonly WorksheetNodeKind[] = [
  {
    key: 'prompt',
    label: 'Prompt',
    description: 'A question the client answers in their own words',
    create: () => prompt({ question: 'New question' }),
  },
  {
    key: 'scale',
    label: 'Scale',
    description: 'A rating, such as mood from 0 to 10',
    create: () =>
      scale({
        label: 'How strong is it right now?',
        min: 0,
        max: 10,
        minLabel: 'Not at all',
        maxLabel: 'Extremely',
      }),
  },
  {
    key: 'goal',
    label: 'Goal',
    description: 'A goal with steps the client ticks off',
    create: () => goal({ title: 'New goal' }, [goalStep({ text: 'First step' })]),
  },
  {
    key: 'choice',
    label: 'Choice',
    description: 'Pick one of a few options',
    create: () =>
      choice({
        label: 'Choose one',
        options: [
          { value: createNodeId(), label: 'Option 1' },
          { value: createNodeId(), label: 'Option 2' },
        ],
      }),
  },
  {
    key: 'checklist',
    label: 'Checklist',
    description: 'Tick everything that applies',
    create: () =>
      checklist({
        label: 'Tick what applies',
        items: [
          { id: createNodeId(), label: 'Item 1', description: '' },
          { id: createNodeId(), label: 'Item 2', description: '' },
        ],
      }),
  },
  {
    key: 'field',
    label: 'Short field',
    description: 'A time, a number, a date, yes/no or a line of text',
    create: () => field({ label: 'New field', fieldType: 'text' }),
  },
  {
    key: 'entryGroup',
    label: 'Diary/log group',
    description: 'The client adds one entry per day or attempt',
    create: () =>
      entryGroup({
        label: 'Diary',
        entryLabel: 'Day',
        fields: [defaultDefinition('scale', 'Mood'), defaultDefinition('prompt', 'What happened?')],
      }),
  },
];

/** Kinds whose label or description contains the query (the text typed after "/"), in catalogue order. */
export function matchingNodeKinds(query: string): WorksheetNodeKind[] {
  const wanted = query.trim().toLowerCase();
  return WORKSHEET_NODE_KINDS.filter(
    (kind) => kind.label.toLowerCase().includes(wanted) || kind.description.toLowerCase().includes(wanted),
  );
}
