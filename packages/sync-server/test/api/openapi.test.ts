import { afterEach, beforeEach, expect, test } from 'vitest';
import { ApiAgent, type ApiHarness, createApiHarness } from './api-harness.js';

let harness: ApiHarness;
beforeEach(() => {
  harness = createApiHarness();
});
afterEach(() => harness.close());

const documentedEndpoints = [
  'post /auth/signup',
  'post /auth/login',
  'post /auth/logout',
  'get /me',
  'get /invitations/{token}',
  'post /invitations/{token}/accept',
  'get /password-resets/{token}',
  'post /password-resets/{token}',
  'get /clients',
  'post /clients',
  'get /clients/{id}',
  'post /clients/{id}/invitation',
  'post /clients/{id}/reset-link',
  'post /clients/{id}/archive',
  'post /clients/{id}/worksheets',
  'get /worksheets',
  'get /worksheets/{id}',
  'delete /worksheets/{id}',
  'post /worksheets/{id}/review',
  'post /worksheets/{id}/send',
  'get /worksheets/{id}/state',
  'post /worksheets/{id}/comments/seen',
  'post /series/{id}/end',
  'get /templates',
  'get /templates/{id}',
  'get /templates/{id}/export',
  'post /templates',
  'post /templates/import',
  'post /templates/{id}/archive',
  'post /templates/{id}/restore',
  'put /templates/{id}',
  'get /practice',
  'patch /practice',
  'get /audit',
  // progress (docs/progress.md)
  'get /clients/{id}/progress',
  'get /me/progress',
  'get /clients/{id}/notes',
  'post /clients/{id}/notes',
  'put /notes/{id}',
  'delete /notes/{id}',
  'get /dashboard',
  'post /worksheets/{id}/acknowledge-flag',
  'get /worksheets/{id}/changes',
  'get /clients/{id}/export',
  'get /worksheets/{id}/record',
];

test('GET /api/openapi.json describes every endpoint, generated from the route schemas', async () => {
  const response = await new ApiAgent(harness.app).get<{
    openapi: string;
    servers: { url: string }[];
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> };
  }>('/api/openapi.json');
  expect(response.status).toBe(200);
  expect(response.body.openapi).toMatch(/^3\./);
  expect(response.body.servers).toEqual([{ url: '/api' }]);
  const operations = Object.entries(response.body.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method} ${path}`),
  );
  expect(operations.sort()).toEqual([...documentedEndpoints].sort());
  expect(Object.keys(response.body.components.schemas)).toEqual(
    expect.arrayContaining(['Error', 'User', 'Client', 'Worksheet', 'Template', 'AuditEntry', 'Practice']),
  );
});

test('GET /api/docs is a self-contained HTML page (no scripts) listing the endpoints', async () => {
  const response = await new ApiAgent(harness.app).get<string>('/api/docs');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  expect(response.body).toContain('POST /api/clients/{id}/worksheets');
  expect(response.body).not.toMatch(/<script/i);
});

test('GET /api/docs renders inline code and schemas as field tables with linked references', async () => {
  const page = (await new ApiAgent(harness.app).get<string>('/api/docs')).body;
  expect(page).toContain('from <code>content</code>');
  expect(page).not.toContain('`');
  // No raw JSON schema dumps.
  expect(page).not.toMatch(/&#34;type&#34;|"type":/);
  expect(page).toContain('<th scope="col">required</th>');
  expect(page).toContain('<h2 id="schema-Worksheet">Worksheet</h2>');
  expect(page).toContain('array of <a href="#schema-Worksheet">Worksheet</a>');
  expect(page).toMatch(/<td><code>dueDate<\/code><\/td><td>string \(date\)<\/td><td>no<\/td>/);
});
