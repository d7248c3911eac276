import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEntryJSON } from '../content/builders.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { worksheetMetaSchema } from '../document/meta.js';
import { randomResponseEdit, seededRandom } from '../fixtures/randomEdits.js';
import type { EntryFieldDefinition } from '../nodes/entryFieldDefinition.js';
import { findInvalidNodes } from '../nodes/nodeAttributeSchemas.js';
import { classifyChange } from '../permissions/classifyChange.js';
import { extractResponses } from '../responses/extractResponses.js';
import { worksheetSchema } from '../tiptap/extensions.js';
import { encodeWorksheetSeed, worksheetDocToJSON } from '../tiptap/worksheetDoc.js';
import { findTemplate, templateCatalogue, worksheetMetaForTemplate } from './templateCatalogue.js';
import { worksheetTemplateSummarySchema } from './worksheetTemplate.js';

const templates = templateCatalogue.map((template) => [template.id, template] as const);

/** The template with one new entry in each of its entry groups, as a client would add them. */
function withOneEntryEach(content: WorksheetJSON): WorksheetJSON {
  const copy: WorksheetJSON = JSON.parse(JSON.stringify(content));
  for (const node of copy.content ?? []) {
    if (node.type === 'entryGroup') {
      node.content = [createEntryJSON(node.attrs!.fields as EntryFieldDefinition[], '2026-11-25')];
    }
  }
  return copy;
}

describe('template catalogue', () => {
  it('holds every template of TEMPLATES.md once', () => {
    expect(templateCatalogue.map((template) => template.id)).toEqual([
      'thought-record',
      'thinking-traps',
      'activity-schedule',
      'exposure-ladder',
      'relaxation-log',
      'emotion-urge-diary',
      'three-good-things',
      'mood-journal',
      'worry-time',
      'sleep-diary',
      'smart-goal',
      'values-compass',
      'action-plan',
      'phq-9',
      'gad-7',
    ]);
    expect(findTemplate('sleep-diary', 1)?.title).toBe('Sleep diary');
    expect(findTemplate('sleep-diary', 2)).toBeUndefined();
  });

  it.each(templates)('%s: describes itself for the library', (_id, template) => {
    expect(worksheetTemplateSummarySchema.safeParse(template).success).toBe(true);
    // A card shows the purpose on one or two lines; the practitioner reads the evidence behind it.
    expect(template.purpose.length).toBeLessThanOrEqual(100);
    expect(template.evidence?.length ?? 0).toBeGreaterThan(60);
    expect(worksheetMetaSchema.safeParse(worksheetMetaForTemplate(template)).success).toBe(true);
  });

  it.each(templates)('%s: fits the worksheet schema, attributes included', (_id, template) => {
    const node = worksheetSchema.nodeFromJSON(template.content);
    node.check();
    expect(node.toJSON()).toEqual(template.content);
    expect(findInvalidNodes(template.content)).toEqual([]);
    const filled = withOneEntryEach(template.content);
    worksheetSchema.nodeFromJSON(filled).check();
    expect(findInvalidNodes(filled)).toEqual([]);
  });

  it.each(templates)('%s: seeds a Y.Doc that reads back unchanged', (_id, template) => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, encodeWorksheetSeed(template.content, worksheetMetaForTemplate(template)));
    expect(worksheetDocToJSON(ydoc)).toEqual({
      content: template.content,
      meta: worksheetMetaForTemplate(template),
    });
  });

  it.each(templates)('%s: has questions to answer and responses that extract', (_id, template) => {
    const { responses, entryGroups } = extractResponses(withOneEntryEach(template.content));
    expect(responses.length + entryGroups.length).toBeGreaterThan(0);
    for (const group of entryGroups) {
      expect(group.entries).toHaveLength(1);
      expect(group.entries[0]!.fields.length).toBeGreaterThan(0);
      expect(group.entries[0]!.date).toBe('2026-11-25');
    }
    const random = seededRandom(template.id.length);
    let answered = withOneEntryEach(template.content);
    for (let round = 0; round < 40; round += 1) answered = randomResponseEdit(random, answered);
    expect(classifyChange(template.content, answered)).toBe('response');
    const extracted = extractResponses(answered);
    const answers = [
      ...extracted.responses,
      ...extracted.entryGroups.flatMap((group) => group.entries.flatMap((entry) => entry.fields)),
    ];
    expect(answers.some((response) => response.value !== null && response.value !== false)).toBe(true);
  });

  it('lists metric keys of the recurring ratings', () => {
    expect(findTemplate('mood-journal')!.metricKeys).toEqual(['mood']);
    expect(findTemplate('activity-schedule')!.metricKeys).toEqual(['pleasure', 'mastery']);
    expect(findTemplate('exposure-ladder')!.metricKeys).toEqual([
      'suds-expected',
      'suds-before',
      'suds-peak',
      'suds-after',
    ]);
    expect(findTemplate('action-plan')!.metricKeys).toEqual([]);
  });

  it('cannot be changed by a caller', () => {
    const template = findTemplate('mood-journal')!;
    expect(() => {
      (template.content.content as unknown[]).push({ type: 'paragraph' });
    }).toThrow(TypeError);
    expect(() => {
      (template.tags as string[])[0] = 'changed';
    }).toThrow(TypeError);
  });

  it('assigns measures with their measure reference', () => {
    expect(worksheetMetaForTemplate(findTemplate('phq-9')!)).toEqual({
      schemaVersion: 1,
      title: 'PHQ-9',
      kind: 'measure',
      templateId: 'phq-9',
      templateVersion: 1,
      measure: { id: 'phq-9', version: 1 },
    });
  });
});
