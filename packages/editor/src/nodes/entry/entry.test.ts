import { doc, entry, entryGroup, field, paragraph } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, it } from 'vitest';
import { nodeById } from '../../testing/read-worksheet.js';
import { DIARY_FIELDS } from '../../testing/respond-fixture.js';
import { expectRoundTrip } from '../../testing/round-trip.js';
import { createTestEditor, seededDoc } from '../../testing/worksheet-test-editor.js';

function diaryWithOneEntry() {
  return entryGroup({ id: 'diary', label: 'Sleep diary', entryLabel: 'Night', fields: DIARY_FIELDS }, [
    entry({ id: 'night-1', date: '2026-11-24' }, [
      field({ id: 'night-1-bed', label: 'Went to bed', fieldType: 'time', value: '23:00' }),
    ]),
  ]);
}

describe('entry', () => {
  it('round-trips with its date and what it holds', () => {
    expectRoundTrip(diaryWithOneEntry(), 'entry');
  });

  it('round-trips without a date', () => {
    expectRoundTrip(
      entryGroup({ id: 'diary', label: 'Log', entryLabel: 'Try', fields: DIARY_FIELDS }, [
        entry({ id: 'try-1', date: null }, [field({ id: 'try-1-f', label: 'Note', fieldType: 'text' })]),
      ]),
      'entry',
    );
  });

  it('belongs to the client: re-dated, answered inside and removed in respond mode', () => {
    const worksheet = seededDoc(doc(diaryWithOneEntry(), paragraph()));
    const client = createTestEditor(worksheet, 'respond');
    expect(client.commands.updateWorksheetNode('night-1', { date: '2026-11-23' })).toBe(true);
    expect(client.commands.updateWorksheetNode('night-1-bed', { value: '22:30' })).toBe(true);
    const stored = () => readWorksheetContent(worksheet);
    expect(nodeById(stored(), 'night-1')?.attrs?.date).toBe('2026-11-23');
    expect(nodeById(stored(), 'night-1-bed')?.attrs?.value).toBe('22:30');
    expect(client.commands.deleteWorksheetNode('night-1')).toBe(true);
    expect(nodeById(stored(), 'diary')?.content ?? []).toEqual([]);
  });
});
