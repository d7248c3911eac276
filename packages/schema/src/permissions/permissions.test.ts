import { describe, expect, it } from 'vitest';
import { choice, doc, paragraph, prompt } from '../content/builders.js';
import { randomResponseEdit, randomTemplateEdit, seededRandom } from '../fixtures/randomEdits.js';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { worksheetSchema } from '../tiptap/extensions.js';
import { answersLostByChange } from './answersLostByChange.js';
import { classifyChange } from './classifyChange.js';
import { mayApplyChange } from './mayApplyChange.js';
import { templateProjection } from './templateProjection.js';

const meta = {
  schemaVersion: 1,
  title: 'Sample',
  kind: 'worksheet',
  templateId: 'sample',
  templateVersion: 1,
};

function measureDoc(value: number | null = null) {
  return doc(
    paragraph('Over the last 2 weeks, how often have you been bothered by any of the following problems?'),
    choice({
      id: 'item-1',
      label: 'Little interest or pleasure in doing things',
      options: [
        { value: 0, label: 'Not at all' },
        { value: 3, label: 'Nearly every day' },
      ],
      measureId: 'phq-9',
      measureVersion: 1,
      itemId: '1',
      required: true,
      value,
    }),
  );
}

describe('templateProjection', () => {
  it('empties answers, nulls response attributes and drops entries', () => {
    const projection = templateProjection(sampleWorksheet());
    const byId = (id: string) => projection.content!.find((node) => node.attrs?.id === id)!;
    expect(byId('situation').content).toBeUndefined();
    expect(byId('anxiety').attrs).toMatchObject({ value: null, label: 'How anxious were you?' });
    expect(byId('traps').attrs!.checked).toBeNull();
    expect(byId('walk').attrs!.progress).toBeNull();
    expect(byId('walk').content!.every((step) => step.attrs!.checked === null)).toBe(true);
    expect(byId('diary').content).toBeUndefined();
  });

  it('does not modify its input', () => {
    const json = sampleWorksheet();
    templateProjection(json);
    expect(json).toEqual(sampleWorksheet());
  });
});

describe('classifyChange (fuzz)', () => {
  it('never sees a template change in 500 random response edits, each applied to the previous', () => {
    const random = seededRandom(7);
    let current = sampleWorksheet();
    for (let round = 0; round < 500; round += 1) {
      const next = randomResponseEdit(random, current);
      // Every generated document must still be a valid worksheet, or the test proves nothing.
      worksheetSchema.nodeFromJSON(next).check();
      expect(classifyChange(current, next)).not.toBe('template');
      expect(templateProjection(next)).toEqual(templateProjection(sampleWorksheet()));
      expect(mayApplyChange('client', current, next, meta).allowed).toBe(true);
      current = next;
    }
  });

  it('always sees a template change in 500 random template edits', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 500; round += 1) {
      const base = round % 2 === 0 ? sampleWorksheet() : randomResponseEdit(random, sampleWorksheet());
      const edited = randomTemplateEdit(random, base);
      expect(classifyChange(base, edited)).toBe('template');
      const decision = mayApplyChange('client', base, edited, meta);
      expect(decision).toMatchObject({ allowed: false, reason: 'template-not-permitted' });
      expect(mayApplyChange('therapist', base, edited, meta).allowed).toBe(true);
    }
  });

  it('reports no change for equal documents whatever the key order', () => {
    const json = sampleWorksheet();
    const reordered = JSON.parse(JSON.stringify(json, Object.keys(json).reverse()));
    expect(classifyChange(json, { ...reordered, content: json.content })).toBe('none');
  });
});

describe('mayApplyChange', () => {
  it('locks measure items for everyone but lets them be answered', () => {
    const edited = measureDoc();
    edited.content![1]!.attrs!.label = 'Little interest in doing things';
    expect(mayApplyChange('therapist', measureDoc(), edited)).toMatchObject({
      allowed: false,
      reason: 'measure-locked',
    });
    expect(mayApplyChange('therapist', measureDoc(), doc(paragraph('Removed the item')))).toMatchObject({
      reason: 'measure-locked',
    });
    expect(mayApplyChange('client', measureDoc(), measureDoc(3))).toMatchObject({
      allowed: true,
      change: 'response',
    });
  });

  it('refuses to make an ordinary choice a measure item', () => {
    const json = sampleWorksheet();
    const edited = sampleWorksheet();
    const planned = edited.content!.find((node) => node.attrs?.id === 'planned')!;
    planned.attrs = { ...planned.attrs, measureId: 'phq-9', measureVersion: 1, itemId: '1' };
    expect(mayApplyChange('therapist', json, edited)).toMatchObject({ reason: 'measure-locked' });
  });

  it('locks the whole template of a worksheet that is a scored measure', () => {
    const measureMeta = { ...meta, kind: 'measure', measure: { id: 'phq-9', version: 1 } };
    const withNote = measureDoc();
    withNote.content!.push(paragraph('A note from me'));
    expect(mayApplyChange('therapist', measureDoc(), withNote, measureMeta)).toMatchObject({
      reason: 'measure-locked',
    });
  });

  it('lets the client hand in, and nothing else in meta', () => {
    const json = sampleWorksheet();
    const handedIn = { ...meta, handedInAt: '2026-11-26T08:00:00.000Z' };
    expect(mayApplyChange('client', json, json, meta, handedIn)).toMatchObject({
      allowed: true,
      changedMetaKeys: ['handedInAt'],
    });
    expect(mayApplyChange('client', json, json, meta, { ...meta, title: 'Mine' })).toMatchObject({
      reason: 'meta-key-not-permitted',
    });
    expect(mayApplyChange('client', json, json, meta, { ...meta, handedInAt: 'yesterday' })).toMatchObject({
      reason: 'meta-value-invalid',
    });
  });

  it('lets the therapist retitle but not hand in, remove the title, or touch locked keys', () => {
    const json = sampleWorksheet();
    expect(
      mayApplyChange('therapist', json, json, meta, { ...meta, title: 'Thought record, week 2' }).allowed,
    ).toBe(true);
    expect(
      mayApplyChange('therapist', json, json, meta, { ...meta, handedInAt: '2026-11-26T08:00:00.000Z' }),
    ).toMatchObject({ reason: 'meta-key-not-permitted' });
    const { title: _title, ...untitled } = meta;
    expect(mayApplyChange('therapist', json, json, meta, untitled)).toMatchObject({
      reason: 'meta-value-invalid',
    });
    expect(mayApplyChange('therapist', json, json, meta, { ...meta, schemaVersion: 2 })).toMatchObject({
      reason: 'meta-key-locked',
    });
    expect(
      mayApplyChange('therapist', json, json, meta, { ...meta, measure: { id: 'gad-7', version: 1 } }),
    ).toMatchObject({ reason: 'meta-key-locked' });
  });
});

describe('answersLostByChange', () => {
  const without = (...ids: string[]) => {
    const json = sampleWorksheet();
    return { ...json, content: json.content!.filter((node) => !ids.includes(node.attrs?.id)) };
  };

  it('lists an answered prompt, scale and diary entries the change removes', () => {
    const lost = answersLostByChange(sampleWorksheet(), without('situation', 'anxiety', 'diary'));
    expect(lost).toEqual([
      { nodeId: 'situation', nodeType: 'prompt', label: 'What happened?' },
      { nodeId: 'anxiety', nodeType: 'scale', label: 'How anxious were you?' },
      { nodeId: 'monday', nodeType: 'entry', label: 'Mood diary, 2026-11-23' },
    ]);
  });

  it('lists nothing when only unanswered questions go', () => {
    expect(answersLostByChange(sampleWorksheet(), without('thought', 'planned'))).toEqual([]);
  });

  it('lists an answer emptied in place', () => {
    const cleared = doc(prompt({ id: 'p', question: 'Q' }));
    expect(
      answersLostByChange(doc(prompt({ id: 'p', question: 'Q' }, [paragraph('A')])), cleared),
    ).toHaveLength(1);
  });
});
