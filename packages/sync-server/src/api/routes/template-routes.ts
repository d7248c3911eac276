import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { TEMPLATE_FILE_LIMITS, tooLargeProblem, writeTemplateFile } from '@interlude/schema';
import { TemplateDetailView, TemplateImportView, TemplateInput, TemplateView } from '@interlude/schema/api';
import { bodyLimit } from 'hono/body-limit';
import { createTemplate } from '../../templates/create-template.js';
import { importTemplate } from '../../templates/import-template.js';
import { ownTemplateEntry } from '../../templates/practice-library.js';
import { saveTemplate } from '../../templates/save-template.js';
import { setTemplateArchived } from '../../templates/set-template-archived.js';
import { templateFileName } from '../../templates/template-file-name.js';
import type { ApiDependencies, TemplateEntry, TemplateSummary } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { ApiError, notFound } from '../api-error.js';
import { therapistCaller } from '../caller.js';
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../schemas/common-schemas.js';
import { answeringRefusals } from '../template-refusal-answers.js';

/** The import reads the raw file itself, with its own limit and the file reader's words when it is exceeded. */
export const TEMPLATE_IMPORT_PATH = '/templates/import';

const tags = ['Templates'];

const listRoute = createRoute({
  method: 'get',
  path: '/templates',
  tags,
  summary: 'The practice’s library: built-in templates, then its own (archived ones marked)',
  responses: { 200: jsonResponse(z.array(TemplateView), 'Templates'), ...errorResponses(401, 403) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/templates/{id}',
  tags,
  summary: 'One template with its content',
  request: { params: IdParam },
  responses: { 200: jsonResponse(TemplateDetailView, 'The template'), ...errorResponses(401, 403, 404) },
});

const createTemplateRoute = createRoute({
  method: 'post',
  path: '/templates',
  tags,
  summary: 'Start an own template: blank, or a copy of another (a copy of a scored measure is not scored)',
  request: {
    body: jsonBody(z.object({ fromTemplateId: z.string().min(1).max(100).optional() })),
  },
  responses: {
    201: jsonResponse(TemplateDetailView, 'The new template'),
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

const saveRoute = createRoute({
  method: 'put',
  path: '/templates/{id}',
  tags,
  summary: 'Save an own template as its next version (worksheets already assigned keep theirs)',
  request: { params: IdParam, body: jsonBody(TemplateInput) },
  responses: {
    200: jsonResponse(TemplateDetailView, 'The saved template'),
    ...errorResponses(400, 401, 403, 404, 409, 413),
  },
});

const archiveRoute = (action: 'archive' | 'restore') =>
  createRoute({
    method: 'post',
    path: `/templates/{id}/${action}`,
    tags,
    summary:
      action === 'archive'
        ? 'Archive an own template: still listed, no longer offered for assigning'
        : 'Restore an archived own template',
    request: { params: IdParam },
    responses: { 200: jsonResponse(TemplateDetailView, 'The template'), ...errorResponses(401, 403, 404) },
  });

const exportRoute = createRoute({
  method: 'get',
  path: '/templates/{id}/export',
  tags,
  summary: 'Download a template as a file (docs/template-file.md); built-ins too',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The template file, as an attachment',
      content: { 'application/json': { schema: { type: 'object' as const } } },
    },
    ...errorResponses(401, 403, 404),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: TEMPLATE_IMPORT_PATH,
  tags,
  summary: 'Import a template file as an own template; the raw file is the body',
  request: {
    body: {
      required: true,
      description: 'The template file as exported (docs/template-file.md), at most 1 MiB',
      // Plain schemas, not zod: the route reads the raw text itself, and the reader trusts nothing in it.
      content: {
        'application/json': { schema: { type: 'object' as const } },
        'text/plain': { schema: { type: 'string' as const } },
      },
    },
  },
  responses: {
    200: jsonResponse(TemplateImportView, 'The file is exactly a built-in measure: nothing saved'),
    201: jsonResponse(TemplateImportView, 'The saved template and what was changed on the way in'),
    ...errorResponses(401, 403, 413, 415, 422),
  },
});

export function templateRoutes({ accounts, templates }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();
  const dependencies = { accounts, templates };

  const withCount = async <T extends TemplateSummary>(practiceId: string, template: T) => ({
    ...template,
    assignedCount: (await accounts.worksheets.assignedCountsByTemplate(practiceId)).get(template.id) ?? 0,
  });
  const detail = async (practiceId: string, templateId: string): Promise<TemplateEntry> => {
    const entry = await templates.find(practiceId, templateId);
    if (!entry) throw notFound('template');
    return entry;
  };

  app.openapi(listRoute, async (c) => {
    const { user } = therapistCaller(c);
    const assigned = await accounts.worksheets.assignedCountsByTemplate(user.practiceId);
    const listed = (await templates.list(user.practiceId)).map((template) => ({
      ...template,
      assignedCount: assigned.get(template.id) ?? 0,
    }));
    return c.json(listed, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { user } = therapistCaller(c);
    return c.json(
      await withCount(user.practiceId, await detail(user.practiceId, c.req.valid('param').id)),
      200,
    );
  });

  app.openapi(createTemplateRoute, async (c) => {
    const { user } = therapistCaller(c);
    const { fromTemplateId } = c.req.valid('json');
    const created = await answeringRefusals(
      () => createTemplate(dependencies, { therapist: user, fromTemplateId, address: c.get('address') }),
      'template-not-found',
    );
    return c.json(await withCount(user.practiceId, ownTemplateEntry(created)), 201);
  });

  app.openapi(saveRoute, async (c) => {
    const { user } = therapistCaller(c);
    const saved = await answeringRefusals(() =>
      saveTemplate(dependencies, {
        therapist: user,
        templateId: c.req.valid('param').id,
        details: c.req.valid('json'),
        address: c.get('address'),
      }),
    );
    return c.json(await withCount(user.practiceId, ownTemplateEntry(saved)), 200);
  });

  for (const action of ['archive', 'restore'] as const) {
    app.openapi(archiveRoute(action), async (c) => {
      const { user } = therapistCaller(c);
      const changed = await answeringRefusals(() =>
        setTemplateArchived(dependencies, {
          therapist: user,
          templateId: c.req.valid('param').id,
          archived: action === 'archive',
          address: c.get('address'),
        }),
      );
      return c.json(await withCount(user.practiceId, ownTemplateEntry(changed)), 200);
    });
  }

  app.openapi(exportRoute, async (c) => {
    const { user } = therapistCaller(c);
    const entry = await detail(user.practiceId, c.req.valid('param').id);
    const file = writeTemplateFile(
      { ...entry, ...(entry.measure ? { measure: entry.measure } : { measure: undefined }) },
      new Date(accounts.clock.now()),
    );
    // The writer's exact text, as the file a therapist keeps; the typed `c.json` would serialise it again.
    const download = c.body(file, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${templateFileName(entry.title)}"`,
    });
    return download as never;
  });

  app.use(
    TEMPLATE_IMPORT_PATH,
    bodyLimit({
      maxSize: TEMPLATE_FILE_LIMITS.maxBytes,
      onError: (c) => {
        const declared = Number(c.req.header('content-length'));
        const tooLarge = tooLargeProblem(Number.isFinite(declared) && declared > 0 ? declared : undefined);
        throw new ApiError(413, 'body-too-large', tooLarge.message, {}, [tooLarge]);
      },
    }),
  );

  app.openapi(importRoute, async (c) => {
    const { user } = therapistCaller(c);
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== 'application/json' && mediaType !== 'text/plain') {
      throw new ApiError(
        415,
        'unsupported-media-type',
        'Send the template file itself as the body (Content-Type: application/json or text/plain).',
      );
    }
    const file = await c.req.text();
    const imported = await answeringRefusals(() =>
      importTemplate(dependencies, { therapist: user, file, address: c.get('address') }),
    );
    const view = {
      template: imported.template && (await withCount(user.practiceId, ownTemplateEntry(imported.template))),
      sameAsBuiltIn: imported.sameAsBuiltIn && (await withCount(user.practiceId, imported.sameAsBuiltIn)),
      notes: imported.notes,
    };
    return imported.template ? c.json(view, 201) : c.json(view, 200);
  });

  return app;
}
