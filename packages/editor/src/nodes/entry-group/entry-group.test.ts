import { doc, entry, entryGroup, field, paragraph, prompt, scale } from '@interlude/schema';
import { describe, expect, it } from 'vitest';
import { contentOf } from '../../testing/read-worksheet.js';
import { expectRoundTrip } from '../../testing/round-trip.js';
import { createTestEditor, seededDoc } from '../../testing/worksheet-test-editor.js';
import { localIsoDate } from './local-iso-date.js';

const fields = [
  {
    kind: 'field' as const,
    id: 'time',
    label: 'Time',
    fieldType: 'time' as const,
    unit: null,
    metricKey: null,
    required: true,
  },
  {
    kind: 'scale' as const,
    id: 'mood',
    label: 'Mood',
    min: 0,
    max: 10,
    step: 1,
    minLabel: '',
    maxLabel: '',
    anchors: [],
    metricKey: 'mood',
    required: true,
  },
];

describe('entry group and entry', () => {
  it('round-trip with field definitions and dated entries holding answers', () => {
    expectRoundTrip(
      entryGroup({ id: 'diary', label: 'Mood diary', entryLabel: 'Day', fields }, [
        entry({ id: 'monday', date: '2026-11-23' }, [
          field({ id: 'monday-time', label: 'Time', fieldType: 'time', value: '08:30' }),
          scale({ id: 'monday-mood', label: 'Mood', min: 0, max: 10, value: 6 }),
          prompt({ id: 'monday-note', question: 'What happened?' }, [paragraph('A walk')]),
        ]),
      ]),
      'entry',
    );
  });

  it('round-trips an empty diary', () => {
    expectRoundTrip(
      entryGroup({ id: 'diary', label: 'Mood diary', entryLabel: 'Day', fields }),
      'entryGroup',
    );
  });

  it('adds an entry made from the definitions, dated today, with fresh ids and no answers', () => {
    const editor = createTestEditor(
      seededDoc(doc(entryGroup({ id: 'diary', label: 'Diary', entryLabel: 'Day', fields }), paragraph())),
      'respond',
    );
    expect(editor.commands.addEntry('diary')).toBe(true);
    expect(editor.commands.addEntry('diary', '2026-11-20')).toBe(true);
    const entries = contentOf(editor).content?.[0]?.content ?? [];
    expect(entries.map((added) => added.attrs?.date)).toEqual(['2026-11-26', '2026-11-20']);
    const items = entries[0]?.content ?? [];
    expect(items.map((item) => [item.type, item.attrs?.label, item.attrs?.value])).toEqual([
      ['field', 'Time', null],
      ['scale', 'Mood', null],
    ]);
    expect(
      new Set(entries.flatMap((added) => (added.content ?? []).map((item) => item.attrs?.id))).size,
    ).toBe(4);
  });

  it('does not add an entry to something that is not a diary', () => {
    const editor = createTestEditor(
      seededDoc(doc(prompt({ id: 'q', question: 'Q' }), paragraph())),
      'respond',
    );
    expect(editor.commands.addEntry('q')).toBe(false);
  });

  it('dates entries by the device’s calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
