import { doc, goal, goalStep, paragraph } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, it } from 'vitest';
import { nodeById } from '../../testing/read-worksheet.js';
import { expectRoundTrip } from '../../testing/round-trip.js';
import { createTestEditor, seededDoc } from '../../testing/worksheet-test-editor.js';

describe('goal step', () => {
  it('round-trips ticked and unticked, with and without a due date', () => {
    expectRoundTrip(
      goal({ id: 'walk', title: 'Walk more' }, [
        goalStep({ id: 'shoes', text: 'Buy shoes', dueDate: '2026-12-01', checked: true }),
        goalStep({ id: 'route', text: 'Plan a route', checked: false }),
      ]),
      'goalStep',
    );
  });

  it('is ticked by the client but not reworded or removed', () => {
    const worksheet = seededDoc(
      doc(
        goal({ id: 'walk', title: 'Walk more' }, [goalStep({ id: 'shoes', text: 'Buy shoes' })]),
        paragraph(),
      ),
    );
    const client = createTestEditor(worksheet, 'respond');
    expect(client.commands.updateWorksheetNode('shoes', { checked: true })).toBe(true);
    client.commands.updateWorksheetNode('shoes', { text: 'Buy nothing' });
    client.commands.deleteWorksheetNode('shoes');
    expect(nodeById(readWorksheetContent(worksheet), 'shoes')?.attrs).toEqual({
      id: 'shoes',
      text: 'Buy shoes',
      dueDate: null,
      checked: true,
    });
  });
});
