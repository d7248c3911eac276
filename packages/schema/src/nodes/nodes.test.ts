import { describe, expect, it } from 'vitest';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { worksheetSchema } from '../tiptap/extensions.js';
import { checklistAttributesSchema } from './checklist.js';
import { choiceAttributesSchema } from './choice.js';
import { fieldAttributesSchema } from './field.js';
import { findInvalidNodes } from './nodeAttributeSchemas.js';
import { scaleAttributesSchema } from './scale.js';

// The attribute lists of decision record 0001, §2: the contract the editor and server code against.
const recordAttributes: Record<string, string[]> = {
  prompt: ['id', 'question', 'guidance', 'required'],
  scale: [
    'id',
    'label',
    'min',
    'max',
    'step',
    'minLabel',
    'maxLabel',
    'anchors',
    'metricKey',
    'required',
    'value',
  ],
  goal: ['id', 'title', 'why', 'targetDate', 'progress'],
  goalStep: ['id', 'text', 'dueDate', 'checked'],
  choice: ['id', 'label', 'options', 'measureId', 'measureVersion', 'itemId', 'required', 'value'],
  checklist: ['id', 'label', 'items', 'required', 'checked'],
  field: ['id', 'label', 'fieldType', 'unit', 'metricKey', 'required', 'value'],
  entryGroup: ['id', 'label', 'entryLabel', 'fields'],
  entry: ['id', 'date'],
};

describe('worksheet nodes', () => {
  it.each(Object.entries(recordAttributes))(
    '%s has exactly the attributes of the decision record',
    (name, attrs) => {
      const type = worksheetSchema.nodes[name];
      expect(type).toBeDefined();
      expect(Object.keys(type!.spec.attrs ?? {}).sort()).toEqual([...attrs].sort());
    },
  );

  it('puts the custom nodes a worksheet body may hold in group block', () => {
    for (const name of ['prompt', 'scale', 'goal', 'choice', 'checklist', 'field', 'entryGroup']) {
      expect(worksheetSchema.nodes[name]!.isInGroup('block')).toBe(true);
    }
    for (const name of ['goalStep', 'entry'])
      expect(worksheetSchema.nodes[name]!.isInGroup('block')).toBe(false);
  });

  it('round-trips a worksheet using every node through the schema unchanged', () => {
    const json = sampleWorksheet();
    const node = worksheetSchema.nodeFromJSON(json);
    node.check();
    expect(node.toJSON()).toEqual(json);
  });

  it('rejects an entry outside an entry group and a goal step outside a goal', () => {
    const stray = worksheetSchema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'entry', attrs: { id: 'x', date: null }, content: [{ type: 'paragraph' }] }],
    });
    expect(() => stray.check()).toThrow();
    const strayStep = worksheetSchema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'goalStep', attrs: { id: 'y', text: 'Step' } }],
    });
    expect(() => strayStep.check()).toThrow();
  });

  it('fills defaults: unanswered means null, not the minimum', () => {
    const node = worksheetSchema.nodes.scale!.create({ id: 'abc' });
    expect(node.attrs).toMatchObject({ min: 0, max: 10, value: null, anchors: [], required: false });
    expect(worksheetSchema.nodes.checklist!.create().attrs.checked).toEqual([]);
  });
});

describe('attribute schemas', () => {
  const base = sampleWorksheet().content!;
  const attrsOf = (id: string) => base.find((node) => node.attrs?.id === id)!.attrs;

  it('accept the sample worksheet', () => {
    expect(scaleAttributesSchema.safeParse(attrsOf('anxiety')).success).toBe(true);
    expect(choiceAttributesSchema.safeParse(attrsOf('planned')).success).toBe(true);
    expect(checklistAttributesSchema.safeParse(attrsOf('traps')).success).toBe(true);
    expect(fieldAttributesSchema.safeParse(attrsOf('minutes')).success).toBe(true);
  });

  it('reject values that do not fit the node', () => {
    expect(scaleAttributesSchema.safeParse({ ...attrsOf('anxiety'), value: 120 }).success).toBe(false);
    expect(choiceAttributesSchema.safeParse({ ...attrsOf('planned'), value: 'maybe' }).success).toBe(false);
    expect(checklistAttributesSchema.safeParse({ ...attrsOf('traps'), checked: ['unknown'] }).success).toBe(
      false,
    );
    expect(fieldAttributesSchema.safeParse({ ...attrsOf('minutes'), value: '20 min' }).success).toBe(false);
    expect(
      fieldAttributesSchema.safeParse({ ...attrsOf('minutes'), fieldType: 'time', value: '25:00' }).success,
    ).toBe(false);
  });
});

describe('findInvalidNodes', () => {
  it('finds nothing wrong with the sample worksheet', () => {
    expect(findInvalidNodes(sampleWorksheet())).toEqual([]);
  });

  it('reports attribute values that do not fit, and ids used twice', () => {
    const json = sampleWorksheet();
    const anxiety = json.content!.find((node) => node.attrs?.id === 'anxiety')!;
    anxiety.attrs = { ...anxiety.attrs, value: 150 };
    const thought = json.content!.find((node) => node.attrs?.id === 'thought')!;
    thought.attrs = { ...thought.attrs, id: 'situation' };
    expect(findInvalidNodes(json)).toEqual([
      { nodeType: 'prompt', nodeId: 'situation', issues: ['id: used by another node'] },
      { nodeType: 'scale', nodeId: 'anxiety', issues: ['a scale value lies between min and max'] },
    ]);
  });
});
