import { afterEach, beforeEach, expect, test } from 'vitest';
import { MAX_API_BODY_BYTES } from '../../src/api/create-api.js';
import { ApiAgent, type ApiHarness, createApiHarness, signUpTherapist } from './api-harness.js';

let harness: ApiHarness;
beforeEach(() => {
  harness = createApiHarness();
});
afterEach(() => harness.close());

type ErrorBody = { error: { code: string; message: string } };

test('malformed JSON is a 400 malformed-json with a clear message', async () => {
  const response = await new ApiAgent(harness.app).request<ErrorBody>(
    'POST',
    '/api/auth/login',
    '{"email": "a@b.c",',
  );
  expect(response.status).toBe(400);
  expect(response.body).toEqual({
    error: { code: 'malformed-json', message: 'The request body is not valid JSON.' },
  });
});

test('wrong types are a 400 invalid-request naming each field', async () => {
  const response = await new ApiAgent(harness.app).post<ErrorBody>('/api/auth/signup', {
    displayName: 42,
    email: 'not an email',
    password: 'x',
    practiceName: 'P',
  });
  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('invalid-request');
  expect(response.body.error.message).toMatch(/displayName:/);
  expect(response.body.error.message).toMatch(/email:/);
  expect(response.body.error.message).toMatch(/password: Use at least 10 characters/);
});

test('a missing body is a 400, and a non-JSON content type a 415, both in the error format', async () => {
  const { agent } = await signUpTherapist(harness);
  const missing = await agent.request<ErrorBody>('POST', '/api/clients', undefined, {
    'content-type': 'application/json',
  });
  expect(missing.status).toBe(400);
  expect(missing.body.error.code).toBeDefined();
  const form = await agent.request<ErrorBody>('POST', '/api/clients', 'displayName=x', {
    'content-type': 'application/x-www-form-urlencoded',
  });
  expect(form.status).toBe(415);
  expect(form.body.error.message).toMatch(/JSON/);
});

test('an oversized body is a 413 body-too-large that states the limit', async () => {
  const { agent } = await signUpTherapist(harness);
  const huge = JSON.stringify({ displayName: 'x'.repeat(MAX_API_BODY_BYTES), email: 'a@example.test' });
  const response = await agent.request<ErrorBody>('POST', '/api/clients', huge);
  expect(response.status).toBe(413);
  expect(response.body.error).toEqual({ code: 'body-too-large', message: expect.stringMatching(/1024 KiB/) });
});

test('a value out of range in a query is a 400', async () => {
  const { agent } = await signUpTherapist(harness);
  const response = await agent.get<ErrorBody>('/api/audit?limit=0');
  expect(response.status).toBe(400);
  expect(response.body.error.message).toMatch(/limit/);
});

test('an invalid due date or archive choice is a 400', async () => {
  const { agent } = await signUpTherapist(harness);
  const added = await agent.post<{ client: { id: string } }>('/api/clients', {
    displayName: 'C',
    email: 'c@example.test',
  });
  const due = await agent.post<ErrorBody>(`/api/clients/${added.body.client.id}/worksheets`, {
    templateId: 'thought-record',
    dueDate: 'next tuesday',
  });
  expect(due.status).toBe(400);
  expect(due.body.error.message).toMatch(/dueDate/);
  const archive = await agent.post(`/api/clients/${added.body.client.id}/archive`, {
    clientAccess: 'everything',
  });
  expect(archive.status).toBe(400);
});

test('worksheet content that is not a worksheet document is a 400 invalid-content', async () => {
  const { agent } = await signUpTherapist(harness);
  const added = await agent.post<{ client: { id: string } }>('/api/clients', {
    displayName: 'C',
    email: 'c@example.test',
  });
  const response = await agent.post<ErrorBody>(`/api/clients/${added.body.client.id}/worksheets`, {
    templateId: 'thought-record',
    content: { type: 'not-a-doc' },
  });
  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('invalid-content');
});

test('an unknown API path is a 404 in the error format; unknown templates are 404 too', async () => {
  const response = await new ApiAgent(harness.app).get<ErrorBody>('/api/nothing-here');
  expect(response.status).toBe(404);
  expect(response.body.error.message).toMatch(/GET \/api\/nothing-here/);
  const { agent } = await signUpTherapist(harness);
  const added = await agent.post<{ client: { id: string } }>('/api/clients', {
    displayName: 'C',
    email: 'c@example.test',
  });
  const unknown = await agent.post<ErrorBody>(`/api/clients/${added.body.client.id}/worksheets`, {
    templateId: 'nope',
  });
  expect(unknown.status).toBe(404);
  expect(unknown.body.error.code).toBe('template-not-found');
});

test('an unexpected failure is a 500 in the error format without internals', async () => {
  const { agent } = await signUpTherapist(harness);
  harness.db.exec('DROP TABLE audit_events');
  const response = await agent.patch<ErrorBody>('/api/practice', { name: 'New name' });
  expect(response.status).toBe(500);
  expect(response.body).toEqual({ error: { code: 'internal', message: expect.any(String) } });
  expect(response.body.error.message).not.toMatch(/audit_events/);
});
