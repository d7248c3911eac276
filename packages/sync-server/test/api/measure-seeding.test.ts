import { findTemplate, type WorksheetJSON } from '@interlude/schema';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { serverTemplateCatalogue } from '../../src/api/server-template-catalogue.js';
import {
  type ApiAgent,
  type ApiHarness,
  addActiveClient,
  createApiHarness,
  signUpTherapist,
} from './api-harness.js';

let harness: ApiHarness;
let therapist: ApiAgent;
let client: { agent: ApiAgent; clientId: string };
beforeEach(async () => {
  harness = createApiHarness({}, { templates: serverTemplateCatalogue });
  therapist = (await signUpTherapist(harness, 'Alice')).agent;
  client = await addActiveClient(harness, therapist, 'Carol');
});
afterEach(() => harness.close());

interface ErrorBody {
  error: { code: string; message: string };
}

function phq9With(change: (items: WorksheetJSON[]) => void): WorksheetJSON {
  const content = structuredClone(findTemplate('phq-9')!.content) as WorksheetJSON;
  change(content.content!.filter((node) => node.attrs?.measureId));
  return content;
}

const assign = (content?: WorksheetJSON) =>
  therapist.post<ErrorBody & { id: string }>(`/api/clients/${client.clientId}/worksheets`, {
    templateId: 'phq-9',
    ...(content ? { content } : {}),
  });

describe('A7: a scored measure is assigned with its items as published', () => {
  test('A7: a PHQ-9 with a reworded item is refused with a 400 the therapist understands, and nothing is stored', async () => {
    const reworded = phq9With((items) => Object.assign(items[2]!.attrs!, { label: 'Sleeping a bit badly' }));
    const response = await assign(reworded);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'measure-items-changed' });
    expect(response.body.error.message).toMatch(/PHQ-9 is a scored measure.*item 3 differs/);
    expect(harness.documents.updates.size).toBe(0);
    expect((await client.agent.get<unknown[]>('/api/worksheets')).body).toEqual([]);
  });

  test('A7: a PHQ-9 with an item dropped is refused, and nothing is stored', async () => {
    const response = await assign(
      phq9With((items) => Object.assign(items[8]!, { type: 'paragraph', attrs: {} })),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('measure-items-changed');
    expect(harness.documents.updates.size).toBe(0);
  });

  test('A7: a PHQ-9 assigned as published, or as an unchanged copy, is seeded', async () => {
    expect((await assign()).status).toBe(201);
    expect((await assign(phq9With(() => {}))).status).toBe(201);
    expect(harness.documents.updates.size).toBe(2);
  });
});
