import { doc, goal, goalStep, paragraph } from '@interlude/schema';
import { describe, expect, it } from 'vitest';
import { contentOf } from '../../testing/read-worksheet.js';
import { expectRoundTrip } from '../../testing/round-trip.js';
import { createTestEditor, seededDoc } from '../../testing/worksheet-test-editor.js';

describe('goal and goal step', () => {
  it('round-trip with steps, dates, ticks and progress', () => {
    expectRoundTrip(
      goal({ id: 'walk', title: 'Walk more', why: 'Energy', targetDate: '2026-12-20', progress: 40 }, [
        goalStep({ id: 'shoes', text: 'Buy shoes', dueDate: '2026-12-01', checked: true }),
        goalStep({ id: 'route', text: 'Plan a route' }),
      ]),
      'goalStep',
    );
  });

  it('round-trips a goal without steps', () => {
    expectRoundTrip(goal({ id: 'sleep', title: 'Sleep earlier' }), 'goal');
  });

  it('adds a step to the end of a goal by id', () => {
    const editor = createTestEditor(
      seededDoc(doc(goal({ id: 'walk', title: 'Walk' }), paragraph())),
      'author',
    );
    expect(editor.commands.addGoalStep('walk', 'Buy shoes')).toBe(true);
    expect(editor.commands.addGoalStep('missing')).toBe(false);
    const steps = contentOf(editor).content?.[0]?.content ?? [];
    expect(steps.map((step) => step.attrs?.text)).toEqual(['Buy shoes']);
    expect(steps[0]?.attrs?.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});
