import { findTemplate, measureItemTemplates, type WorksheetJSON } from '@interlude/schema';
import type { ApiTemplate, ApiTemplateDetail, ApiTemplateInput } from '@interlude/schema/api';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { serverTemplateCatalogue } from '../../src/api/server-template-catalogue.js';
import {
  type ApiAgent,
  type ApiHarness,
  addActiveClient,
  assignWorksheet,
  createApiHarness,
  signUpTherapist,
} from './api-harness.js';

interface ErrorBody {
  error: { code: string; message: string; problems?: { code: string; message: string }[] };
}

let harness: ApiHarness;
let alice: ApiAgent;
beforeEach(async () => {
  harness = createApiHarness({}, { templates: serverTemplateCatalogue });
  alice = (await signUpTherapist(harness, 'Alice')).agent;
});
afterEach(() => harness.close());

const create = (agent: ApiAgent, fromTemplateId?: string) =>
  agent.post<ApiTemplateDetail & ErrorBody>('/api/templates', fromTemplateId ? { fromTemplateId } : {});

const inputOf = (template: ApiTemplateDetail, changes: Partial<ApiTemplateInput> = {}): ApiTemplateInput => ({
  title: template.title,
  purpose: template.purpose,
  description: template.description,
  kind: template.kind === 'measure' ? 'worksheet' : template.kind,
  approaches: template.approaches,
  topics: template.topics,
  estimatedMinutes: template.estimatedMinutes,
  tags: template.tags,
  content: template.content,
  ...changes,
});

const save = (agent: ApiAgent, template: ApiTemplateDetail, changes: Partial<ApiTemplateInput> = {}) =>
  agent.request<ApiTemplateDetail & ErrorBody>(
    'PUT',
    `/api/templates/${template.id}`,
    inputOf(template, changes),
  );

const listed = async (agent: ApiAgent) => (await agent.get<ApiTemplate[]>('/api/templates')).body;

const auditActions = () =>
  harness.db
    .prepare("SELECT action FROM audit_events WHERE action LIKE 'template-%' ORDER BY id")
    .all()
    .map((row) => (row as { action: string }).action);

test('a blank template has a title, a heading and a question to start from, and its own kind of id', async () => {
  const created = await create(alice);
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({
    source: 'practice',
    version: 1,
    title: 'Untitled template',
    kind: 'worksheet',
    measure: null,
    archived: false,
    basedOn: null,
    assignedCount: 0,
  });
  expect(created.body.id).toMatch(/^tpl_/);
  expect(created.body.content.content).toEqual([
    expect.objectContaining({ type: 'heading' }),
    expect.objectContaining({ type: 'prompt' }),
  ]);
  expect(created.body.updatedAt).toEqual(new Date(harness.clock.now()).toISOString());
  expect(auditActions()).toEqual(['template-created']);
});

test('duplicating a built-in copies its details and content and says what it is based on', async () => {
  const created = await create(alice, 'thought-record');
  expect(created.status).toBe(201);
  const builtIn = findTemplate('thought-record')!;
  expect(created.body).toMatchObject({
    title: 'Copy of Thought record',
    basedOn: { id: 'thought-record', title: 'Thought record' },
    approaches: [...builtIn.approaches],
    description: builtIn.description,
    evidence: null,
  });
  expect(created.body.content).toEqual(builtIn.content);
});

test('a copy of PHQ-9 is an ordinary unscored worksheet, and its description says so', async () => {
  const created = await create(alice, 'phq-9');
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ kind: 'worksheet', measure: null, basedOn: { id: 'phq-9' } });
  expect(created.body.description).toMatch(/unscored copy of PHQ-9/);
  expect(measureItemTemplates(created.body.content as WorksheetJSON)).toEqual([]);
  expect(created.body.questions.length).toBeGreaterThanOrEqual(9);
});

test('duplicating a template that does not exist is a 404 and saves nothing', async () => {
  const response = await create(alice, 'no-such-template');
  expect(response.status).toBe(404);
  expect(response.body.error.code).toBe('template-not-found');
  expect(await harness.accounts.templates.listForPractice('any')).toEqual([]);
});

test('the library lists built-ins first, then own templates, each with its counts', async () => {
  const own = (await create(alice)).body;
  const templates = await listed(alice);
  expect(templates.at(-1)).toMatchObject({ id: own.id, source: 'practice', assignedCount: 0 });
  expect(templates.slice(0, -1).every((template) => template.source === 'built-in')).toBe(true);
});

describe('saving', () => {
  test('each save is a new version; a worksheet assigned from version 1 keeps version 1 and its document', async () => {
    const template = (await create(alice)).body;
    const client = await addActiveClient(harness, alice, 'Carol');
    const worksheetId = await assignWorksheet(alice, client.clientId, { templateId: template.id });
    const seedBefore = harness.documents.updates.get(worksheetId)!.map((update) => Buffer.from(update));

    const content: WorksheetJSON = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A new first line' }] }],
    };
    const saved = await save(alice, template, { title: 'Evening check-in', content });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, title: 'Evening check-in', assignedCount: 1 });
    expect(auditActions()).toEqual(['template-created', 'template-saved']);

    const worksheet = (await harness.accounts.worksheets.get(worksheetId))!;
    expect(worksheet).toMatchObject({
      templateId: template.id,
      templateVersion: 1,
      title: 'Untitled template',
    });
    const seedAfter = harness.documents.updates.get(worksheetId)!.map((update) => Buffer.from(update));
    expect(seedAfter).toEqual(seedBefore);
    const doc = new Y.Doc();
    for (const update of seedAfter) Y.applyUpdate(doc, update);
    expect(doc.getMap('meta').toJSON()).toMatchObject({ templateId: template.id, templateVersion: 1 });
    expect(doc.getMap('meta').get('measure')).toBeUndefined();
    // Both versions are kept as they were saved.
    const practiceId = (await harness.accounts.users.get(worksheet.therapistId))!.practiceId;
    expect((await harness.accounts.templates.getVersion(practiceId, template.id, 1))?.title).toBe(
      'Untitled template',
    );
    expect((await harness.accounts.templates.getVersion(practiceId, template.id, 2))?.content).toEqual(
      content,
    );

    const second = await assignWorksheet(alice, client.clientId, { templateId: template.id });
    expect((await harness.accounts.worksheets.get(second))?.templateVersion).toBe(2);
  });

  test('content that is not a valid worksheet is refused with its problems, and nothing is saved', async () => {
    const template = (await create(alice)).body;
    const response = await save(alice, template, {
      content: { type: 'doc', content: [{ type: 'video' }] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid-content');
    expect(response.body.error.problems).toEqual([expect.objectContaining({ code: 'unknown-block' })]);
    expect((await alice.get<ApiTemplateDetail>(`/api/templates/${template.id}`)).body.version).toBe(1);
  });

  test('scored questionnaire items are refused in an own template rather than silently changed', async () => {
    const template = (await create(alice)).body;
    const response = await save(alice, template, { content: findTemplate('phq-9')!.content });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/only the built-in measures/);
  });

  test('built-ins and measures are never editable: 403 telling the therapist to duplicate', async () => {
    const thoughtRecord = (await alice.get<ApiTemplateDetail>('/api/templates/thought-record')).body;
    const response = await save(alice, thoughtRecord);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('built-in-template');
    expect(response.body.error.message).toMatch(/Duplicate it/);
    const phq9 = await alice.post<ErrorBody>('/api/templates/phq-9/archive');
    expect(phq9.status).toBe(403);
    expect(phq9.body.error.message).toMatch(/scored measure/);
  });
});

describe('archiving', () => {
  test('an archived template stays listed but cannot be assigned or saved until restored', async () => {
    const template = (await create(alice)).body;
    const client = await addActiveClient(harness, alice, 'Carol');
    const archived = await alice.post<ApiTemplateDetail>(`/api/templates/${template.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect((await listed(alice)).find((entry) => entry.id === template.id)?.archived).toBe(true);

    const assign = await alice.post<ErrorBody>(`/api/clients/${client.clientId}/worksheets`, {
      templateId: template.id,
    });
    expect(assign.status).toBe(404);
    const saved = await save(alice, template, { title: 'Changed' });
    expect(saved.status).toBe(409);
    expect(saved.body.error.code).toBe('template-archived');

    const restored = await alice.post<ApiTemplateDetail>(`/api/templates/${template.id}/restore`);
    expect(restored.body.archived).toBe(false);
    await assignWorksheet(alice, client.clientId, { templateId: template.id });
    expect(auditActions()).toEqual(['template-created', 'template-archived', 'template-restored']);
  });
});

test('assignedCount counts worksheets assigned from own templates too', async () => {
  const template = (await create(alice)).body;
  const client = await addActiveClient(harness, alice, 'Carol');
  await assignWorksheet(alice, client.clientId, { templateId: template.id });
  await assignWorksheet(alice, client.clientId, { templateId: template.id });
  expect((await listed(alice)).find((entry) => entry.id === template.id)?.assignedCount).toBe(2);
  expect((await alice.get<ApiTemplateDetail>(`/api/templates/${template.id}`)).body.assignedCount).toBe(2);
});

describe('access', () => {
  test("another practice's template is a 404 on every route, exactly like a missing one", async () => {
    const template = (await create(alice)).body;
    const bob = (await signUpTherapist(harness, 'Bob')).agent;
    const bobClient = await addActiveClient(harness, bob, 'Dan');
    const attempts = (id: string) => [
      bob.get<ErrorBody>(`/api/templates/${id}`),
      bob.request<ErrorBody>('PUT', `/api/templates/${id}`, inputOf(template)),
      bob.post<ErrorBody>(`/api/templates/${id}/archive`),
      bob.post<ErrorBody>(`/api/templates/${id}/restore`),
      bob.get<ErrorBody>(`/api/templates/${id}/export`),
    ];
    const theirs = await Promise.all(attempts(template.id));
    const missing = await Promise.all(attempts('tpl_missing'));
    for (const [index, response] of theirs.entries()) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe(missing[index]!.body.error.code);
    }
    expect((await create(bob, template.id)).status).toBe(404);
    const assign = await bob.post(`/api/clients/${bobClient.clientId}/worksheets`, {
      templateId: template.id,
    });
    expect(assign.status).toBe(404);
    expect((await listed(bob)).some((entry) => entry.id === template.id)).toBe(false);
  });

  test('a client gets 403 on every template route', async () => {
    const template = (await create(alice)).body;
    const client = await addActiveClient(harness, alice, 'Carol');
    const responses = [
      await client.agent.get<ErrorBody>('/api/templates'),
      await client.agent.get<ErrorBody>(`/api/templates/${template.id}`),
      await client.agent.post<ErrorBody>('/api/templates', {}),
      await client.agent.request<ErrorBody>('PUT', `/api/templates/${template.id}`, inputOf(template)),
      await client.agent.post<ErrorBody>(`/api/templates/${template.id}/archive`),
      await client.agent.post<ErrorBody>(`/api/templates/${template.id}/restore`),
      await client.agent.get<ErrorBody>(`/api/templates/${template.id}/export`),
      await client.agent.post<ErrorBody>('/api/templates/import', '{}'),
    ];
    for (const response of responses) {
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('therapists-only');
    }
  });
});
