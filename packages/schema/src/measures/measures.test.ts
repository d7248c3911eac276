import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import type { WorksheetMeta } from '../document/meta.js';
import { worksheetSchema } from '../tiptap/extensions.js';
import { encodeWorksheetSeed, worksheetDocToJSON } from '../tiptap/worksheetDoc.js';
import { GAD7_V1 } from './gad7.js';
import { findMeasure, measureCatalogue } from './measureCatalogue.js';
import { measureContent } from './measureContent.js';
import { PHQ9_V1 } from './phq9.js';
import { scoreMeasure } from './scoreMeasure.js';

const phqMeta: WorksheetMeta = {
  schemaVersion: 1,
  title: 'PHQ-9',
  kind: 'measure',
  templateId: 'phq-9',
  templateVersion: 1,
  measure: { id: 'phq-9', version: 1 },
};

/** A measure worksheet with the given answers by item id, passed through the Y.Doc adapters as a client's would. */
function answeredThroughYjs(content: WorksheetJSON, answers: Record<string, unknown>, meta: WorksheetMeta) {
  for (const node of content.content ?? []) {
    const itemId = node.attrs?.itemId;
    if (typeof itemId === 'string' && itemId in answers)
      node.attrs = { ...node.attrs, value: answers[itemId] };
  }
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, encodeWorksheetSeed(content, meta));
  return worksheetDocToJSON(ydoc);
}

const allItems = (score: number, count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [String(index + 1), score]));

describe('measure catalogue', () => {
  it.each([PHQ9_V1, GAD7_V1])('$name: bands cover every possible total exactly once', (measure) => {
    for (let total = measure.totalRange.min; total <= measure.totalRange.max; total += 1) {
      expect(measure.severityBands.filter((band) => total >= band.min && total <= band.max)).toHaveLength(1);
    }
    expect(measure.items.length * 3).toBe(measure.totalRange.max);
    expect(measure.options.map((option) => option.score)).toEqual([0, 1, 2, 3]);
  });

  it('is looked up by id and version', () => {
    expect(findMeasure('phq-9', 1)).toBe(PHQ9_V1);
    expect(findMeasure('gad-7', 1)).toBe(GAD7_V1);
    expect(findMeasure('phq-9', 2)).toBeUndefined();
    expect(Object.keys(measureCatalogue).sort()).toEqual(['gad-7', 'phq-9']);
  });

  it('ships the official wording', () => {
    expect(PHQ9_V1.items).toHaveLength(9);
    expect(PHQ9_V1.items[8]!.text).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(GAD7_V1.items).toHaveLength(7);
    expect(GAD7_V1.stem).toBe(
      'Over the last 2 weeks, how often have you been bothered by the following problems?',
    );
    expect(PHQ9_V1.options[2]!.label).toBe('More than half the days');
  });

  it.each([PHQ9_V1, GAD7_V1])('$name: its worksheet content fits the schema', (measure) => {
    expect(() => worksheetSchema.nodeFromJSON(measureContent(measure)).check()).not.toThrow();
  });
});

describe('scoreMeasure', () => {
  it('scores a complete PHQ-9 read back from a Y.Doc, with band and the unscored answer', () => {
    const { content, meta } = answeredThroughYjs(
      measureContent(PHQ9_V1),
      { ...allItems(1, 9), '2': 3, '9': 0, difficulty: 2 },
      phqMeta,
    );
    expect(scoreMeasure(content, meta)).toEqual({
      measure: { id: 'phq-9', version: 1, name: 'PHQ-9' },
      complete: true,
      answeredItemIds: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      missingItemIds: [],
      total: 10,
      severity: { min: 10, max: 14, label: 'Moderate' },
      flags: [],
      unscoredAnswer: { value: 2, label: 'Very difficult' },
    });
  });

  it.each([
    [0, 'Minimal'],
    [1, 'Mild'],
    [2, 'Moderately severe'],
    [3, 'Severe'],
  ])('PHQ-9 with every item %i is %s and raises the item 9 flag above 0', (score, band) => {
    const { content, meta } = answeredThroughYjs(measureContent(PHQ9_V1), allItems(score, 9), phqMeta);
    const result = scoreMeasure(content, meta)!;
    expect(result.total).toBe(score * 9);
    expect(result.severity?.label).toBe(band);
    expect(result.flags.map((flag) => flag.id)).toEqual(score > 0 ? ['phq-9-item-9'] : []);
  });

  it('raises the item 9 flag before the rest is answered, without a total', () => {
    const result = scoreMeasure(
      answeredThroughYjs(measureContent(PHQ9_V1), { '9': 1 }, phqMeta).content,
      phqMeta,
    )!;
    expect(result).toMatchObject({ complete: false, total: null, severity: null });
    expect(result.missingItemIds).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(result.flags).toEqual([expect.objectContaining({ id: 'phq-9-item-9', level: 'urgent' })]);
  });

  it('scores GAD-7 and flags a total of 10 or more for further evaluation', () => {
    const gadMeta = { ...phqMeta, title: 'GAD-7', templateId: 'gad-7', measure: { id: 'gad-7', version: 1 } };
    const score = (answers: Record<string, unknown>) =>
      scoreMeasure(answeredThroughYjs(measureContent(GAD7_V1), answers, gadMeta).content, gadMeta)!;
    expect(score({ ...allItems(1, 7), '1': 3, '2': 2 })).toMatchObject({
      total: 10,
      severity: { label: 'Moderate' },
      flags: [expect.objectContaining({ id: 'gad-7-further-evaluation' })],
    });
    expect(score(allItems(1, 7))).toMatchObject({ total: 7, severity: { label: 'Mild' }, flags: [] });
  });

  it('ignores what the document says an option is worth, and values the catalogue does not offer', () => {
    const content = measureContent(PHQ9_V1);
    for (const node of content.content ?? []) {
      if (node.type !== 'choice') continue;
      const tampered = (node.attrs!.options as { value: number; label: string }[]).map((option) => ({
        ...option,
        value: option.value * 10,
      }));
      node.attrs = { ...node.attrs, options: tampered, value: node.attrs!.itemId === '1' ? 30 : 1 };
    }
    const result = scoreMeasure(content, phqMeta)!;
    expect(result.missingItemIds).toEqual(['1']);
    expect(result.total).toBeNull();
  });

  it('returns null for a worksheet that is no measure, and refuses an unknown version', () => {
    expect(scoreMeasure(measureContent(PHQ9_V1), {})).toBeNull();
    expect(() => scoreMeasure(measureContent(PHQ9_V1), { measure: { id: 'phq-9', version: 9 } })).toThrow(
      expect.objectContaining({ reason: 'unknown-measure' }),
    );
  });

  it('does not count items of another version of the measure', () => {
    const content = measureContent(PHQ9_V1);
    const { content: answered } = answeredThroughYjs(content, allItems(2, 9), phqMeta);
    for (const node of answered.content ?? []) {
      if (node.attrs?.itemId === '3') node.attrs = { ...node.attrs, measureVersion: 2 };
    }
    expect(scoreMeasure(answered, phqMeta)!.missingItemIds).toEqual(['3']);
  });
});
