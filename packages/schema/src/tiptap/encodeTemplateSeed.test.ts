import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraph } from '../content/builders.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { MeasureItemsChangedError } from '../permissions/measureItemsChangedError.js';
import { findTemplate } from '../templates/templateCatalogue.js';
import { encodeTemplateSeed } from './encodeTemplateSeed.js';
import { readWorksheetContent } from './worksheetDoc.js';

const phq9 = findTemplate('phq-9')!;
const copy = (): WorksheetJSON => clone(phq9.content) as WorksheetJSON;
// Schema code sees no DOM or Node globals, so no structuredClone.
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const isItem = (node: WorksheetJSON) => Boolean(node.attrs?.measureId);

function tailored(change: (nodes: WorksheetJSON[]) => void): WorksheetJSON {
  const content = copy();
  change(content.content!);
  return content;
}

describe('A7: a scored measure is seeded with its items as published', () => {
  it('A7: an unchanged copy, or one with its own introduction, is seeded', () => {
    const withIntro = tailored((nodes) => nodes.splice(1, 0, paragraph('Fill this in before Thursday.')));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, encodeTemplateSeed(phq9, { content: withIntro }));
    expect(readWorksheetContent(doc).content).toHaveLength(phq9.content.content!.length + 1);
    expect(() => encodeTemplateSeed(phq9, { content: copy() })).not.toThrow();
  });

  it.each([
    [
      'reworded',
      (nodes: WorksheetJSON[]) => Object.assign(nodes.find(isItem)!.attrs!, { label: 'Feeling a bit meh' }),
    ],
    ['dropped', (nodes: WorksheetJSON[]) => nodes.splice(nodes.findIndex(isItem), 1)],
    ['added', (nodes: WorksheetJSON[]) => nodes.push(clone(nodes.find(isItem)!))],
    [
      'reordered',
      (nodes: WorksheetJSON[]) => {
        const first = nodes.findIndex(isItem);
        [nodes[first], nodes[first + 1]] = [nodes[first + 1]!, nodes[first]!];
      },
    ],
    ['pre-answered', (nodes: WorksheetJSON[]) => Object.assign(nodes.find(isItem)!.attrs!, { value: 0 })],
  ])('A7: a PHQ-9 copy with an item %s is refused with a reason for the therapist', (_, change) => {
    const seed = () => encodeTemplateSeed(phq9, { content: tailored(change) });
    expect(seed).toThrow(MeasureItemsChangedError);
    expect(seed).toThrow(/PHQ-9 is a scored measure.*may not add, remove, reorder, reword or pre-answer/);
  });

  it('A7: a template that is not a measure may be tailored freely', () => {
    const thoughtRecord = findTemplate('thought-record')!;
    const content = clone(thoughtRecord.content) as WorksheetJSON;
    content.content!.splice(1, 1);
    expect(() => encodeTemplateSeed(thoughtRecord, { content })).not.toThrow();
  });
});
