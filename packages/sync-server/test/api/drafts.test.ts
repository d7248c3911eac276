import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type ApiAgent,
  type ApiHarness,
  addActiveClient,
  assignWorksheet,
  createApiHarness,
  signUpTherapist,
} from './api-harness.js';

/** A draft is the therapist's alone until sent; to the client it is exactly a missing worksheet. */
let harness: ApiHarness;
let therapist: ApiAgent;
let client: { agent: ApiAgent; clientId: string };
beforeEach(async () => {
  harness = createApiHarness();
  therapist = (await signUpTherapist(harness, 'Dana')).agent;
  client = await addActiveClient(harness, therapist, 'Eli');
});
afterEach(() => harness.close());

interface WorksheetBody {
  id: string;
  status: string;
  sentAt: string | null;
  overdue: boolean;
}

const missingId = 'doesNotExist0000000000';

describe('a draft', () => {
  test('is listed for the therapist with status draft, and not sent', async () => {
    const id = await assignWorksheet(therapist, client.clientId, { send: false, dueDate: '2026-01-05' });
    const seen = await therapist.get<WorksheetBody>(`/api/worksheets/${id}`);
    expect(seen.body).toMatchObject({ status: 'draft', sentAt: null, overdue: false });
    const page = await therapist.get<{ worksheets: WorksheetBody[]; client: { counts: object } }>(
      `/api/clients/${client.clientId}`,
    );
    expect(page.body.worksheets.map((worksheet) => worksheet.id)).toEqual([id]);
    expect(page.body.client.counts).toMatchObject({ drafts: 1, assigned: 0 });
  });

  test('answers the client exactly like a missing worksheet', async () => {
    const id = await assignWorksheet(therapist, client.clientId, { send: false });
    expect((await client.agent.get<unknown[]>('/api/worksheets')).body).toEqual([]);
    const draft = await client.agent.get(`/api/worksheets/${id}`);
    const missing = await client.agent.get(`/api/worksheets/${missingId}`);
    expect(draft.status).toBe(404);
    expect(draft.body).toEqual(missing.body);
    // Sending is the therapist's: the client's attempt reveals nothing either.
    expect((await client.agent.post(`/api/worksheets/${id}/send`)).body).toEqual(
      (await client.agent.post(`/api/worksheets/${missingId}/send`)).body,
    );
  });

  test('once sent, the client sees it as assigned; the sending is audited once', async () => {
    const id = await assignWorksheet(therapist, client.clientId, { send: false });
    harness.clock.advance(60_000);
    const sent = await therapist.post<WorksheetBody>(`/api/worksheets/${id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'assigned', sentAt: '2026-01-05T09:01:00.000Z' });
    const listed = await client.agent.get<WorksheetBody[]>('/api/worksheets');
    expect(listed.body.map((worksheet) => worksheet.id)).toEqual([id]);
    expect((await client.agent.get(`/api/worksheets/${id}`)).status).toBe(200);

    // Sending again is harmless and keeps the first time.
    harness.clock.advance(60_000);
    const again = await therapist.post<WorksheetBody>(`/api/worksheets/${id}/send`);
    expect(again.body.sentAt).toBe('2026-01-05T09:01:00.000Z');
    const audit =
      await therapist.get<{ action: string; worksheetId: string; subject: { id: string } }[]>('/api/audit');
    const sentEntries = audit.body.filter((entry) => entry.action === 'worksheet-sent');
    expect(sentEntries).toHaveLength(1);
    expect(sentEntries[0]).toMatchObject({ worksheetId: id, subject: { id: client.clientId } });
  });

  test('a client sending their own sent worksheet gets 403 therapists-only', async () => {
    const id = await assignWorksheet(therapist, client.clientId);
    const attempt = await client.agent.post<{ error: { code: string } }>(`/api/worksheets/${id}/send`);
    expect(attempt.status).toBe(403);
    expect(attempt.body.error.code).toBe('therapists-only');
  });
});

test('assigning without `send` sends at once (the quick path); the audit entry says which', async () => {
  const id = await assignWorksheet(therapist, client.clientId);
  expect((await client.agent.get<WorksheetBody>(`/api/worksheets/${id}`)).body.status).toBe('assigned');
  const audit = await therapist.get<{ action: string; details: Record<string, unknown> }[]>('/api/audit');
  expect(audit.body.find((entry) => entry.action === 'assignment-created')?.details).toMatchObject({
    sent: true,
  });
});
