import { findTemplate, writeTemplateFile } from '@interlude/schema';
import type { ApiTemplateDetail, ApiTemplateImport } from '@interlude/schema/api';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { serverTemplateCatalogue } from '../../src/api/server-template-catalogue.js';
import { type ApiAgent, type ApiHarness, createApiHarness, signUpTherapist } from './api-harness.js';

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

const upload = (file: string, contentType = 'application/json') =>
  alice.request<ApiTemplateImport & ErrorBody>('POST', '/api/templates/import', file, {
    'content-type': contentType,
  });

const savedRows = () => ({
  templates: (harness.db.prepare('SELECT COUNT(*) AS n FROM practice_templates').get() as { n: number }).n,
  versions: (
    harness.db.prepare('SELECT COUNT(*) AS n FROM practice_template_versions').get() as { n: number }
  ).n,
});

const withoutIdentity = ({ id: _id, updatedAt: _at, basedOn: _basedOn, ...rest }: ApiTemplateDetail) => rest;

test('export then import gives an identical template', async () => {
  const original = (
    await alice.post<ApiTemplateDetail>('/api/templates', { fromTemplateId: 'thought-record' })
  ).body;
  const exported = await alice.get<string>(`/api/templates/${original.id}/export`);
  expect(exported.status).toBe(200);
  expect(exported.headers.get('content-type')).toMatch(/^application\/json/);
  expect(exported.headers.get('content-disposition')).toBe(
    'attachment; filename="copy-of-thought-record.interlude-template.json"',
  );
  const file = JSON.stringify(exported.body);
  const imported = await upload(file, 'text/plain; charset=utf-8');
  expect(imported.status).toBe(201);
  expect(imported.body.sameAsBuiltIn).toBeNull();
  expect(imported.body.notes).toEqual([]);
  expect(imported.body.template!.id).not.toBe(original.id);
  expect(withoutIdentity(imported.body.template!)).toEqual(withoutIdentity(original));
  const audited = harness.db.prepare(
    "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'template-imported'",
  );
  expect((audited.get() as { n: number }).n).toBe(1);
});

test('built-ins can be exported too', async () => {
  const exported = await alice.get<{ template: { title: string; measure?: unknown } }>(
    '/api/templates/phq-9/export',
  );
  expect(exported.status).toBe(200);
  expect(exported.headers.get('content-disposition')).toMatch(/filename="phq-9\.interlude-template\.json"/);
  expect(exported.body.template.measure).toEqual({ id: 'phq-9', version: 1 });
});

test('a file that is exactly PHQ-9 points to the built-in and saves nothing', async () => {
  const phq9 = findTemplate('phq-9')!;
  const response = await upload(writeTemplateFile(phq9, new Date()));
  expect(response.status).toBe(200);
  expect(response.body.template).toBeNull();
  expect(response.body.sameAsBuiltIn).toMatchObject({ id: 'phq-9', measure: { id: 'phq-9', version: 1 } });
  expect(savedRows()).toEqual({ templates: 0, versions: 0 });
});

const good = JSON.parse(writeTemplateFile(findTemplate('thought-record')!, new Date()));
const badFiles: Record<string, string> = {
  'not-json': '<html><body>A worksheet</body></html>',
  'not-a-template-file': '{"type":"doc","content":[]}',
  'newer-format': JSON.stringify({ ...good, formatVersion: 2 }),
  'unknown-format-version': JSON.stringify({ ...good, formatVersion: 'one' }),
  'invalid-details': JSON.stringify({
    ...good,
    template: { ...good.template, title: '', estimatedMinutes: 999 },
  }),
  'unknown-block': JSON.stringify({
    ...good,
    template: { ...good.template, content: { type: 'doc', content: [{ type: 'video' }] } },
  }),
  'invalid-structure': JSON.stringify({
    ...good,
    template: { ...good.template, content: { type: 'doc', content: [{ type: 'text', text: 'loose' }] } },
  }),
  'too-many-blocks': JSON.stringify({
    ...good,
    template: {
      ...good.template,
      content: { type: 'doc', content: Array.from({ length: 2_001 }, () => ({ type: 'paragraph' })) },
    },
  }),
};

test.each(Object.entries(badFiles))(
  'a %s file is refused with 422 and its problems, and nothing is saved',
  async (code, file) => {
    const before = savedRows();
    const response = await upload(file);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid-template-file');
    expect(response.body.error.message).toMatch(/^Nothing was imported/);
    expect(response.body.error.problems!.map((found) => found.code)).toContain(code);
    expect(savedRows()).toEqual(before);
  },
);

test('a body over 1 MiB is refused with 413 in the file reader’s words, from its declared length', async () => {
  const oversized = ' '.repeat(1024 * 1024 + 1);
  const response = await alice.request<ErrorBody>('POST', '/api/templates/import', oversized, {
    'content-type': 'application/json',
    'content-length': String(oversized.length),
  });
  expect(response.status).toBe(413);
  expect(response.body.error.code).toBe('body-too-large');
  expect(response.body.error.message).toMatch(/^This file is 1\.0 MB; a template file can be at most 1 MB/);
  expect(response.body.error.problems).toEqual([expect.objectContaining({ code: 'too-large' })]);
  expect(savedRows()).toEqual({ templates: 0, versions: 0 });
});

test('a body over 1 MiB without a declared length is cut off at the limit with the same words', async () => {
  const response = await upload(' '.repeat(1024 * 1024 + 1));
  expect(response.status).toBe(413);
  expect(response.body.error.message).toMatch(/^This file is over 1 MB; a template file can be at most 1 MB/);
  expect(savedRows()).toEqual({ templates: 0, versions: 0 });
});

test('a body of another media type is refused with 415', async () => {
  const response = await upload(JSON.stringify(good), 'application/x-www-form-urlencoded');
  expect(response.status).toBe(415);
  expect(response.body.error.code).toBe('unsupported-media-type');
});
