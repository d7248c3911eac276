import { describe, expect, it } from 'vitest';
import { findInvalidNodes } from '../nodes/nodeAttributeSchemas.js';
import { findTemplate, templateCatalogue } from '../templates/templateCatalogue.js';
import { worksheetSchema } from '../tiptap/extensions.js';
import { doc, entry, entryGroup, field, heading, paragraph } from './builders.js';
import { hasEntryGroups } from './hasEntryGroups.js';
import { withExampleEntries } from './withExampleEntries.js';
import type { WorksheetJSON } from './worksheetJSON.js';

const nights = (entries: WorksheetJSON[] = []) =>
  entryGroup(
    {
      id: 'nights',
      label: 'Nights',
      entryLabel: 'Night',
      fields: [
        {
          kind: 'field',
          id: 'bed',
          label: 'Time I got into bed',
          fieldType: 'time',
          unit: null,
          metricKey: null,
          required: true,
        },
      ],
    },
    entries,
  );

describe('withExampleEntries', () => {
  it('gives an empty entry group one undated entry made from its field definitions', () => {
    const [group] = withExampleEntries(doc(nights())).content ?? [];
    expect(group?.content).toHaveLength(1);
    const example = group!.content![0]!;
    expect(example.type).toBe('entry');
    expect(example.attrs?.date).toBeNull();
    expect(example.content?.map((node) => [node.type, node.attrs?.label, node.attrs?.value])).toEqual([
      ['field', 'Time I got into bed', null],
    ]);
  });

  it('leaves a group that has entries, and everything else, as it is, without changing its input', () => {
    const kept = entry({ id: 'night-1', date: '2026-11-25' }, [field({ label: 'Bed', fieldType: 'time' })]);
    const content = doc(heading(2, 'Sleep diary'), paragraph('Each morning.'), nights([kept]));
    const before: WorksheetJSON = JSON.parse(JSON.stringify(content));
    expect(withExampleEntries(content)).toEqual(before);
    expect(withExampleEntries(doc(paragraph('No diary')))).toEqual(doc(paragraph('No diary')));
    const empty = doc(nights());
    withExampleEntries(empty);
    expect(empty).toEqual(doc(nights()));
  });

  it.each(
    templateCatalogue.filter((template) => hasEntryGroups(template.content)).map((t) => [t.id, t] as const),
  )('%s: an example entry in every group, and the result is a valid worksheet', (_id, template) => {
    const previewed = withExampleEntries(template.content);
    worksheetSchema.nodeFromJSON(previewed).check();
    expect(findInvalidNodes(previewed)).toEqual([]);
    const groups: WorksheetJSON[] = [];
    const collect = (node: WorksheetJSON) => {
      if (node.type === 'entryGroup') groups.push(node);
      else node.content?.forEach(collect);
    };
    collect(previewed);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(group.content).toHaveLength(1);
  });
});

describe('hasEntryGroups', () => {
  it('finds the diaries and logs of the catalogue, and not the others', () => {
    expect(hasEntryGroups(findTemplate('sleep-diary', 1)!.content)).toBe(true);
    expect(hasEntryGroups(findTemplate('thought-record', 1)!.content)).toBe(true);
    expect(hasEntryGroups(findTemplate('phq-9', 1)!.content)).toBe(false);
  });
});
