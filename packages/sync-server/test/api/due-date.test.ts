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

test('yesterday in UTC is still accepted while it is today somewhere west (UTC−12), then refused', async () => {
  expect((await assign('2026-01-04')).status).toBe(201);
  harness.clock.advance(3 * 60 * 60 * 1000); // 12:00 UTC: 2026-01-04 has ended everywhere
  expect((await assign('2026-01-04')).status).toBe(400);
});
