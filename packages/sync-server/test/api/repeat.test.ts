import type { ApiWorksheet } from '@interlude/schema/api';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type SeriesScheduler, startSeriesScheduler } from '../../src/worksheets/series-scheduler.js';
import {
  type ApiAgent,
  type ApiHarness,
  addActiveClient,
  createApiHarness,
  fakeTemplate,
  fakeTemplates,
  signUpTherapist,
} from './api-harness.js';

const DAY = 24 * 60 * 60 * 1000;

let harness: ApiHarness;
let scheduler: SeriesScheduler;
let therapist: ApiAgent;
let client: ApiAgent;
let clientId: string;

const startScheduler = () =>
  startSeriesScheduler({
    accounts: harness.accounts,
    documents: harness.documents,
    templates: fakeTemplates,
    clock: harness.clock,
    logError: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  });

beforeEach(async () => {
  // Sessions that outlast the weeks these tests move through.
  const year = 365 * DAY;
  harness = createApiHarness({}, { sessionPolicy: { idleTimeoutMs: year, absoluteTimeoutMs: year } });
  scheduler = startScheduler();
  ({ agent: therapist } = await signUpTherapist(harness));
  ({ agent: client, clientId } = await addActiveClient(harness, therapist));
});
afterEach(async () => {
  await scheduler.stop();
  harness.close();
});

/** Moves the practice's calendar on, letting the scheduler's minute checks run. */
async function advanceDays(days: number) {
  harness.clock.advance(days * DAY);
  await scheduler.settled();
}

const assign = (body: Record<string, unknown>) =>
  therapist.post<ApiWorksheet & { error?: { code: string; message: string } }>(
    `/api/clients/${clientId}/worksheets`,
    { templateId: fakeTemplate.id, ...body },
  );

async function clientList() {
  const response = await client.get<ApiWorksheet[]>('/api/worksheets');
  return response.body.map((worksheet) => worksheet.series?.index);
}

describe('occurrences appear on their days', () => {
  test('every week, 3 times: the first now, the next a week later, then none', async () => {
    const first = await assign({ repeat: { everyDays: 7, count: 3 } });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('assigned');
    expect(first.body.series).toMatchObject({
      index: 1,
      everyDays: 7,
      count: 3,
      until: null,
      total: 3,
      endedAt: null,
      nextOn: '2026-01-12',
    });
    expect(await clientList()).toEqual([1]);

    await advanceDays(6);
    expect(await clientList()).toEqual([1]);
    await advanceDays(1);
    expect(await clientList()).toEqual([2, 1]);
    await advanceDays(7);
    expect(await clientList()).toEqual([3, 2, 1]);
    await advanceDays(21);
    expect(await clientList()).toEqual([3, 2, 1]);

    const latest = (await client.get<ApiWorksheet[]>('/api/worksheets')).body[0]!;
    expect(latest.series).toMatchObject({ index: 3, total: 3, nextOn: null });
    expect(latest.sentAt).not.toBeNull();
  });

  test('every day until a date stops after that date (inclusive)', async () => {
    await assign({ repeat: { everyDays: 1, until: '2026-01-07' } });
    await advanceDays(1);
    await advanceDays(1);
    await advanceDays(1);
    await advanceDays(1);
    expect(await clientList()).toEqual([3, 2, 1]);
  });

  test('each occurrence is due as long after its day as the first was', async () => {
    await assign({ dueDate: '2026-01-08', repeat: { everyDays: 7, count: 2 } });
    await advanceDays(7);
    const dues = (await client.get<ApiWorksheet[]>('/api/worksheets')).body.map((w) => w.dueDate);
    expect(dues).toEqual(['2026-01-15', '2026-01-08']);
  });

  test('after days without the scheduler, only the latest missed occurrence is created', async () => {
    await assign({ repeat: { everyDays: 1, count: 5 } });
    await scheduler.stop();
    harness.clock.advance(3 * DAY);
    scheduler = startScheduler();
    await scheduler.settled();
    expect(await clientList()).toEqual([4, 1]);
    const [series] = await harness.accounts.series.listRunning();
    expect(series).toMatchObject({ lastIndex: 4, skippedIndexes: [2, 3] });
    await advanceDays(1);
    expect(await clientList()).toEqual([5, 4, 1]);
  });

  test('a deleted occurrence is not created again', async () => {
    await assign({ repeat: { everyDays: 7, count: 3 } });
    await advanceDays(7);
    const second = (await client.get<ApiWorksheet[]>('/api/worksheets')).body[0]!;
    expect((await therapist.delete(`/api/worksheets/${second.id}`)).status).toBe(204);
    await advanceDays(1);
    expect(await clientList()).toEqual([1]);
  });
});

describe('ending a series', () => {
  test('stops further occurrences and keeps those created; audited once', async () => {
    const first = await assign({ repeat: { everyDays: 7, count: 4 } });
    await advanceDays(7);
    const seriesId = first.body.series!.id;
    const ended = await therapist.post<{ series: { endedAt: string | null; nextOn: string | null } }>(
      `/api/series/${seriesId}/end`,
    );
    expect(ended.status).toBe(200);
    expect(ended.body.series.endedAt).toBe(new Date(harness.clock.now()).toISOString());
    expect(ended.body.series.nextOn).toBeNull();
    expect((await therapist.post(`/api/series/${seriesId}/end`)).body).toEqual(ended.body);

    await advanceDays(21);
    expect(await clientList()).toEqual([2, 1]);
    const audit = await therapist.get<{ action: string; details: Record<string, unknown> }[]>('/api/audit');
    const entries = audit.body.filter((entry) => entry.action === 'series-ended');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ seriesId, reason: 'ended-by-therapist' });
  });

  test('another therapist, or the client, cannot end it', async () => {
    const first = await assign({ repeat: { everyDays: 7, count: 4 } });
    const { agent: stranger } = await signUpTherapist(harness, 'Stranger');
    const path = `/api/series/${first.body.series!.id}/end`;
    expect((await stranger.post(path)).status).toBe(404);
    expect((await client.post(path)).status).toBe(403);
    expect((await therapist.post('/api/series/nope/end')).status).toBe(404);
  });

  test('archiving the client ends the series at its next day', async () => {
    await assign({ repeat: { everyDays: 7, count: 4 } });
    await therapist.post(`/api/clients/${clientId}/archive`, { clientAccess: 'read-only' });
    await advanceDays(7);
    expect(await harness.accounts.worksheets.listForClient(clientId)).toHaveLength(1);
    expect((await harness.accounts.series.listForClient(clientId))[0]).toMatchObject({
      endedReason: 'client-archived',
    });
  });
});

describe('invalid rules are refused, nothing stored', () => {
  test.each([
    [{ everyDays: 0, count: 3 }, /every 1 to 30 days/],
    [{ everyDays: 31, count: 3 }, /every 1 to 30 days/],
    [{ everyDays: 1.5, count: 3 }, /repeat\.everyDays/],
    [{ everyDays: 7, count: 1 }, /2 to 52 times/],
    [{ everyDays: 7, count: 53 }, /2 to 52 times/],
    [{ everyDays: 7 }, /exactly one of them/],
    [{ everyDays: 7, count: 3, until: '2026-03-01' }, /exactly one of them/],
    [{ everyDays: 7, until: '2026-01-11' }, /no second time: the next one would be on 2026-01-12/],
    [{ everyDays: 7, until: '2027-01-06' }, /more than a year ahead; choose 2027-01-05 or earlier/],
    [{ everyDays: 7, until: 'next week' }, /calendar date/],
  ])('%j', async (repeat, message) => {
    const response = await assign({ repeat });
    expect(response.status).toBe(400);
    expect(response.body.error?.code).toBe('invalid-request');
    expect(response.body.error?.message).toMatch(message);
    expect(await harness.accounts.worksheets.listForClient(clientId)).toHaveLength(0);
    expect(await harness.accounts.series.listForClient(clientId)).toHaveLength(0);
  });

  test('a repeating assignment cannot be a draft', async () => {
    const response = await assign({ send: false, repeat: { everyDays: 7, count: 3 } });
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/repeating assignment is sent at once/);
    expect(await harness.accounts.series.listForClient(clientId)).toHaveLength(0);
  });

  test('a due date in the past stores no series either', async () => {
    const response = await assign({ dueDate: '2026-01-04', repeat: { everyDays: 7, count: 3 } });
    expect(response.status).toBe(400);
    expect(await harness.accounts.series.listForClient(clientId)).toHaveLength(0);
  });
});
