import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  type ApiAgent,
  type ApiHarness,
  addActiveClient,
  createApiHarness,
  signUpTherapist,
} from './api-harness.js';

// The harness clock starts at 2026-01-05 09:00 UTC.
let harness: ApiHarness;
let therapist: ApiAgent;
let clientId: string;
beforeEach(async () => {
  harness = createApiHarness();
  therapist = (await signUpTherapist(harness, 'Dana')).agent;
  clientId = (await addActiveClient(harness, therapist, 'Eli')).clientId;
});
afterEach(() => harness.close());

interface ErrorAnswer {
  error: { code: string; message: string };
}

const assign = (dueDate: string) =>
  therapist.post<ErrorAnswer>(`/api/clients/${clientId}/worksheets`, {
    templateId: 'thought-record',
    dueDate,
  });

test('a due date before today is refused with a clear 400 and nothing is created', async () => {
  const response = await assign('2026-01-03');
  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('invalid-request');
  expect(response.body.error.message).toBe(
    'The due date 2026-01-03 has already passed; choose today or a later day.',
  );
  expect(harness.documents.updates.size).toBe(0);
  const listed = await therapist.get<unknown[]>('/api/worksheets');
  expect(listed.body).toEqual([]);
});

test('today and later days are accepted', async () => {
  expect((await assign('2026-01-05')).status).toBe(201);
  expect((await assign('2026-02-01')).status).toBe(201);
});

test("today is the practice's day: UTC until the therapist sets the practice's time zone", async () => {
  // 09:00 UTC on the 5th is 04:00 on the 5th in New York and 22:00 on the 5th in Auckland.
  expect((await assign('2026-01-04')).status).toBe(400);
  const practice = await therapist.get<{ timeZone: string }>('/api/practice');
  expect(practice.body.timeZone).toBe('UTC');

  expect((await therapist.patch('/api/practice', { timeZone: 'Pacific/Auckland' })).status).toBe(200);
  harness.clock.advance(3 * 60 * 60 * 1000); // 12:00 UTC: already the 6th in Auckland, still the 5th in UTC
  const refused = await assign('2026-01-05');
  expect(refused.status).toBe(400);
  expect(refused.body.error.message).toBe(
    'The due date 2026-01-05 has already passed; choose today or a later day.',
  );
  expect((await assign('2026-01-06')).status).toBe(201);

  expect((await therapist.patch('/api/practice', { timeZone: 'America/New_York' })).status).toBe(200);
  harness.clock.advance(-8 * 60 * 60 * 1000); // 04:00 UTC on the 5th: still the 4th in New York
  expect((await assign('2026-01-04')).status).toBe(201);
});

test('a time zone Intl does not know is refused with a reason', async () => {
  const refused = await therapist.patch<ErrorAnswer>('/api/practice', { timeZone: 'Mars/Olympus' });
  expect(refused.status).toBe(400);
  expect(refused.body.error.message).toContain('time zone name like Europe/London');
});

test('a note to the client is kept as plain text, up to 500 characters', async () => {
  const note = 'Try this after <b>Tuesday</b>’s session.';
  const assigned = await therapist.post<{ id: string; note: string | null }>(
    `/api/clients/${clientId}/worksheets`,
    { templateId: 'thought-record', note: `  ${note}  ` },
  );
  expect(assigned.body.note).toBe(note);
  const long = await therapist.post<ErrorAnswer>(`/api/clients/${clientId}/worksheets`, {
    templateId: 'thought-record',
    note: 'x'.repeat(501),
  });
  expect(long.status).toBe(400);
  expect(long.body.error.message).toContain('500 characters');
});
