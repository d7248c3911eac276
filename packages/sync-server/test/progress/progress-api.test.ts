import type { ApiClientProgress } from '@interlude/schema/api';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { clientEdits } from './client-edits.js';
import { createMetricTemplate, DAY, ProgressHarness } from './progress-harness.js';

/** The progress page's numbers, from worksheets answered over real sockets on a manual clock. */
let harness: ProgressHarness;

beforeEach(async () => {
  harness = await ProgressHarness.start();
});

afterEach(async () => {
  await harness.close();
});

const phqItems = (values: number[]) => (doc: import('yjs').Doc) => {
  for (const [index, value] of values.entries()) {
    clientEdits.setAttribute(doc, `phq-9-item-${index + 1}`, 'value', value);
  }
};

async function answerPhq(values: number[], handedInAt: string) {
  const id = await harness.assign('phq-9');
  const provider = await harness.open(id);
  await harness.edit(provider, id, (doc) => {
    phqItems(values)(doc);
    clientEdits.handIn(doc, handedInAt);
  });
  return id;
}

describe('a client’s progress', () => {
  test('PHQ-9 totals in two weeks with their bands, a recurring metric of an own template, completion, goals', async () => {
    // Monday 5 January: a PHQ-9 (total 14, moderate) and a craving check due that Friday, handed in late.
    const first = await answerPhq([2, 2, 2, 2, 2, 2, 1, 1, 0], '2026-01-06T20:00:00.000Z');
    const templateId = await createMetricTemplate(harness, 'craving');
    const craving1 = await harness.assign(templateId, { dueDate: '2026-01-09' });
    const c1 = await harness.open(craving1);
    await harness.edit(c1, craving1, (doc) => {
      clientEdits.setAttribute(doc, 'craving', 'value', 8);
      clientEdits.handIn(doc, '2026-01-10T09:00:00.000Z');
    });
    // A week later: a second PHQ-9 (total 6, mild), a second craving check, and a goal.
    harness.clock.advance(7 * DAY);
    const second = await answerPhq([1, 1, 1, 1, 1, 1, 0, 0, 0], '2026-01-13T20:00:00.000Z');
    const craving2 = await harness.assign(templateId);
    const c2 = await harness.open(craving2);
    await harness.edit(c2, craving2, (doc) => clientEdits.setAttribute(doc, 'craving', 'value', 3));
    const goalId = await harness.assign('smart-goal');
    const goal = await harness.open(goalId);
    await harness.edit(goal, goalId, (doc) => clientEdits.setAttribute(doc, 'goal', 'progress', 60));

    const progress = await harness.therapist.call<ApiClientProgress>(
      'GET',
      `/api/clients/${harness.clientId}/progress`,
    );
    expect(progress.status).toBe(200);
    const phq = progress.body.measures.find((series) => series.measureId === 'phq-9')!;
    expect(
      phq.points.map(({ worksheetId, date, total, severity }) => ({ worksheetId, date, total, severity })),
    ).toEqual([
      { worksheetId: first, date: '2026-01-06', total: 14, severity: 'Moderate' },
      { worksheetId: second, date: '2026-01-13', total: 6, severity: 'Mild' },
    ]);
    expect(phq.bands.map((band) => band.label)).toEqual([
      'Minimal',
      'Mild',
      'Moderate',
      'Moderately severe',
      'Severe',
    ]);
    expect(phq.maxTotal).toBe(27);

    const craving = progress.body.metrics.find((series) => series.metricKey === 'craving')!;
    // The first by the client's hand-in day; the second, not handed in, by the day of their last edit.
    expect(craving.points.map(({ date, value }) => ({ date, value }))).toEqual([
      { date: '2026-01-10', value: 8 },
      { date: '2026-01-12', value: 3 },
    ]);
    expect(craving.label).toBe('How strong was the craving?');

    expect(progress.body.completion).toMatchObject({
      assigned: 5,
      done: 3,
      doneOnTime: 2,
      rate: 3 / 5,
      rateLast4Weeks: 3 / 5,
    });
    expect(progress.body.completion.weeks).toEqual([
      { weekStart: '2026-01-05', assigned: 2, done: 2, doneOnTime: 1 },
      { weekStart: '2026-01-12', assigned: 3, done: 1, doneOnTime: 1 },
    ]);
    expect(progress.body.goals).toEqual([
      expect.objectContaining({ worksheetId: goalId, title: 'My goal', progress: 60, steps: [] }),
    ]);
  });

  test('the client sees their own totals without severity bands, and nobody else’s progress', async () => {
    await answerPhq([2, 2, 2, 2, 2, 2, 1, 1, 0], '2026-01-06T20:00:00.000Z');
    const own = await harness.client.call<ApiClientProgress>('GET', '/api/me/progress');
    expect(own.status).toBe(200);
    expect(own.body.measures[0]).toMatchObject({ bands: [], points: [{ total: 14, severity: null }] });
    const theirs = await harness.client.call('GET', `/api/clients/${harness.clientId}/progress`);
    expect(theirs.status).toBe(403);
    const mine = await harness.therapist.call<{ error: { code: string } }>('GET', '/api/me/progress');
    expect(mine.status).toBe(404);
    const missing = await harness.therapist.call('GET', '/api/clients/nobody/progress');
    expect(missing.status).toBe(404);
  });
});
