import type { ApiTemplate } from '@interlude/schema/api';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { serverTemplateCatalogue } from '../../src/api/server-template-catalogue.js';
import {
  type ApiHarness,
  addActiveClient,
  assignWorksheet,
  createApiHarness,
  signUpTherapist,
} from './api-harness.js';

let harness: ApiHarness;
beforeEach(() => {
  harness = createApiHarness({}, { templates: serverTemplateCatalogue });
});
afterEach(() => harness.close());

test('the library lists every built-in template with what a clinician chooses by', async () => {
  const { agent } = await signUpTherapist(harness, 'Alice');
  const listed = await agent.get<ApiTemplate[]>('/api/templates');
  expect(listed.status).toBe(200);
  const thoughtRecord = listed.body.find((template) => template.id === 'thought-record')!;
  expect(thoughtRecord).toMatchObject({
    source: 'built-in',
    kind: 'worksheet',
    approaches: ['cbt'],
    measure: null,
    archived: false,
    assignedCount: 0,
  });
  expect(thoughtRecord.purpose).toMatch(/balanced/);
  expect(thoughtRecord.evidence).toMatch(/Beck/);
  expect(thoughtRecord.questions).toContain('What facts support the hot thought?');
  expect(listed.body.find((template) => template.id === 'phq-9')?.measure).toEqual({
    id: 'phq-9',
    version: 1,
  });
});

test("each card counts the worksheets assigned from it in the caller's practice only", async () => {
  const alice = await signUpTherapist(harness, 'Alice');
  const client = await addActiveClient(harness, alice.agent, 'Carol');
  await assignWorksheet(alice.agent, client.clientId);
  await assignWorksheet(alice.agent, client.clientId);
  const bob = await signUpTherapist(harness, 'Bob');
  const count = async (agent: typeof alice.agent) =>
    (await agent.get<ApiTemplate[]>('/api/templates')).body.find(
      (template) => template.id === 'thought-record',
    )?.assignedCount;
  expect(await count(alice.agent)).toBe(2);
  expect(await count(bob.agent)).toBe(0);
});
