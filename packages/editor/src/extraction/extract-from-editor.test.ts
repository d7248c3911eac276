import { doc, extractResponses, paragraph } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, it } from 'vitest';
import { contentOf } from '../testing/read-worksheet.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { answerEnd, placeCursor, pressKey, typeText } from '../testing/simulate-input.js';
import { createTestEditor, replicaOf, seededDoc } from '../testing/worksheet-test-editor.js';

describe('responses extracted from documents built through the editor', () => {
  it('reads every answer a client gave in respond mode, from the Y.Doc as the server sees it', () => {
    const worksheet = seededDoc(respondFixture());
    const client = createTestEditor(worksheet, 'respond');
    placeCursor(client, answerEnd(client.state.doc, 'thought'));
    typeText(client, 'They think I am lazy');
    pressKey(client, 'Enter');
    typeText(client, 'and they are right');
    client.commands.updateWorksheetNode('anxiety', { value: 0 });
    client.commands.updateWorksheetNode('planned', { value: 'done' });
    client.commands.updateWorksheetNode('traps', { checked: ['mind-reading', 'labelling'] });
    client.commands.updateWorksheetNode('walk', { progress: 40 });
    client.commands.updateWorksheetNode('route', { checked: true });
    client.commands.updateWorksheetNode('bed', { value: '23:15' });
    client.commands.addEntry('diary', '2026-11-25');

    // The server reads a copy of the document it received, not the editor.
    const { responses, entryGroups } = extractResponses(readWorksheetContent(replicaOf(worksheet)));
    const byId = new Map(responses.map((response) => [response.nodeId, response.value]));
    expect(byId.get('situation')).toBe('At work');
    expect(byId.get('thought')).toBe('They think I am lazy\nand they are right');
    expect(byId.get('anxiety')).toBe(0);
    expect(byId.get('planned')).toBe('done');
    expect(byId.get('traps')).toEqual(['mind-reading', 'labelling']);
    expect(byId.get('walk')).toBe(40);
    expect(byId.get('shoes')).toBe(false);
    expect(byId.get('route')).toBe(true);
    expect(byId.get('bed')).toBe('23:15');
    expect(responses.find((response) => response.nodeId === 'anxiety')?.metricKey).toBe('suds');

    const diary = entryGroups.find((group) => group.nodeId === 'diary');
    expect(diary?.entries.map((entry) => entry.date)).toEqual(['2026-11-23', '2026-11-25']);
    expect(diary?.entries[0]?.fields.map((field) => field.value)).toEqual(['08:30', 6, 'A walk']);
    expect(diary?.entries[1]?.fields.map((field) => [field.label, field.value])).toEqual([
      ['Time', null],
      ['Mood', null],
      ['What happened?', null],
    ]);
    client.destroy();
  });

  it('reads a worksheet the therapist wrote in author mode and the client then answered', () => {
    const worksheet = seededDoc(doc(paragraph('Intro')));
    const therapist = createTestEditor(worksheet, 'author');
    placeCursor(therapist, 6);
    therapist.commands.insertWorksheetNode('scale');
    const scaleId = contentOf(therapist).content?.[1]?.attrs?.id as string;
    therapist.commands.updateWorksheetNode(scaleId, { label: 'Mood today', metricKey: 'mood' });

    const client = createTestEditor(worksheet, 'respond');
    client.commands.updateWorksheetNode(scaleId, { value: 7 });

    const { responses } = extractResponses(readWorksheetContent(worksheet));
    expect(responses).toEqual([
      expect.objectContaining({
        nodeId: scaleId,
        kind: 'scale',
        label: 'Mood today',
        metricKey: 'mood',
        value: 7,
      }),
    ]);
    therapist.destroy();
    client.destroy();
  });
});
