import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { WorksheetView } from '@interlude/schema/api';
import { assignRepeatingWorksheet } from '../../worksheets/assign-repeating-worksheet.js';
import { assignWorksheet } from '../../worksheets/assign-worksheet.js';
import { type AssignmentRefusal, AssignmentRefused } from '../../worksheets/assignment-refused.js';
import { NotHandedIn, reviewWorksheet } from '../../worksheets/review-worksheet.js';
import { sendWorksheet } from '../../worksheets/send-worksheet.js';
import type { WorksheetRecord } from '../../worksheets/worksheet-store.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { ApiError } from '../api-error.js';
import { signedInCaller, therapistCaller } from '../caller.js';
import { ownClient, reachableWorksheet, reachableWorksheets } from '../reachable-records.js';
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../schemas/common-schemas.js';
import { RepeatBody } from '../schemas/repeat-body.js';
import { occurrenceOf, occurrencesOf } from '../series-view.js';
import { worksheetView } from '../views.js';

const listRoute = createRoute({
  method: 'get',
  path: '/worksheets',
  tags: ['Worksheets'],
  summary: 'The caller’s worksheets: a therapist’s clients’, or a client’s own',
  responses: { 200: jsonResponse(z.array(WorksheetView), 'Newest assignment first'), ...errorResponses(401) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/worksheets/{id}',
  tags: ['Worksheets'],
  summary: 'One worksheet’s assignment and progress (content travels over the sync connection)',
  request: { params: IdParam },
  responses: { 200: jsonResponse(WorksheetView, 'The worksheet'), ...errorResponses(401, 404) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/worksheets/{id}',
  tags: ['Worksheets'],
  summary: 'Delete a worksheet and its document (therapist; cannot be undone)',
  request: { params: IdParam },
  responses: {
    204: { description: 'Deleted; open connections were closed' },
    ...errorResponses(401, 403, 404),
  },
});

const reviewRoute = createRoute({
  method: 'post',
  path: '/worksheets/{id}/review',
  tags: ['Worksheets'],
  summary: 'Mark a handed-in worksheet as reviewed (therapist)',
  request: { params: IdParam },
  responses: { 200: jsonResponse(WorksheetView, 'Reviewed'), ...errorResponses(401, 403, 404, 409) },
});

const sendRoute = createRoute({
  method: 'post',
  path: '/worksheets/{id}/send',
  tags: ['Worksheets'],
  summary: 'Send a draft to the client (therapist): it appears in their list and they may open it',
  description: 'Sending a worksheet that was already sent changes nothing and answers as the first time did.',
  request: { params: IdParam },
  responses: { 200: jsonResponse(WorksheetView, 'Sent'), ...errorResponses(401, 403, 404) },
});

const commentsSeenRoute = createRoute({
  method: 'post',
  path: '/worksheets/{id}/comments/seen',
  tags: ['Worksheets'],
  summary: 'Mark this worksheet’s comments as seen by the caller, up to now',
  description:
    'Called by the worksheet page once it has shown the comments: they no longer count in the caller’s `newComments`. Anyone who may open the worksheet may call it.',
  request: { params: IdParam },
  responses: { 204: { description: 'Marked' }, ...errorResponses(401, 404) },
});

const assignRoute = createRoute({
  method: 'post',
  path: '/clients/{id}/worksheets',
  tags: ['Worksheets'],
  summary: 'Assign a worksheet from a template to a client (therapist)',
  description:
    'Creates the worksheet document once from the template (or from `content`, a tailored copy of its Tiptap JSON).',
  request: {
    params: IdParam,
    body: jsonBody(
      z.object({
        templateId: z.string().min(1).max(100),
        title: z.string().trim().min(1).max(200).optional(),
        dueDate: z.iso.date('Use a calendar date like 2026-02-01').optional().openapi({
          description: 'Today or later in the practice’s time zone (a past day is refused with 400)',
        }),
        note: z.string().trim().max(500, 'Keep the note to 500 characters or fewer').optional().openapi({
          description: 'A note to the client, plain text, shown under the worksheet in their list',
        }),
        content: z
          .record(z.string(), z.unknown())
          .optional()
          .openapi({ description: 'Tiptap JSON document' }),
        send: z.boolean().optional().openapi({
          description:
            'true (the default): the client sees it at once. false: a draft only the therapist sees, to tailor in the editor and send with POST /api/worksheets/{id}/send',
        }),
        repeat: RepeatBody.optional().openapi({
          description:
            'Repeat the homework: the first occurrence is created now, each later one on its day (practice time zone). Always sent: `send: false` is refused',
        }),
      }),
    ),
  },
  responses: {
    201: jsonResponse(WorksheetView, 'Assigned'),
    ...errorResponses(400, 401, 403, 404, 409, 413),
  },
});

export function worksheetRoutes({
  accounts,
  connections,
  documents,
  templates,
}: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();
  const now = () => accounts.clock.now();

  app.openapi(listRoute, async (c) => {
    const { user } = signedInCaller(c);
    const worksheets = await reachableWorksheets(accounts, user);
    const occurrence = await occurrencesOf(
      accounts,
      worksheets.map(({ worksheet }) => worksheet),
    );
    const newComments = await accounts.comments.newCommentCounts(
      user.id,
      worksheets.map(({ worksheet }) => worksheet.id),
    );
    return c.json(
      worksheets.map(({ worksheet, client, access }) =>
        worksheetView(
          worksheet,
          client,
          access,
          now(),
          user.role,
          occurrence(worksheet),
          newComments.get(worksheet.id) ?? 0,
        ),
      ),
      200,
    );
  });

  app.openapi(getRoute, async (c) => {
    const { user } = signedInCaller(c);
    const { worksheet, client, access } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    return c.json(
      worksheetView(
        worksheet,
        client,
        access,
        now(),
        user.role,
        await occurrenceOf(accounts, worksheet),
        await accounts.comments.newCommentsOn(user.id, worksheet.id),
      ),
      200,
    );
  });

  app.openapi(deleteRoute, async (c) => {
    const { user } = signedInCaller(c);
    // Look up first so a client gets the same 404 as for a stranger's worksheet, and 403 only for their own.
    const { worksheet } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    therapistCaller(c);
    await accounts.worksheets.delete(worksheet.id);
    await accounts.derived.remove(worksheet.id);
    await accounts.notes.deleteForWorksheet(worksheet.id);
    await accounts.acknowledgements.deleteForWorksheet(worksheet.id);
    await accounts.reviewSnapshots.deleteForWorksheet(worksheet.id);
    connections.closeWorksheetConnections(worksheet.id, 'deleted');
    // Updates accepted before the sockets closed would otherwise be stored after the delete, leaving an orphan.
    await connections.writesSettled();
    await documents.delete(worksheet.id);
    await accounts.audit.record({
      action: 'worksheet-deleted',
      practiceId: user.practiceId,
      actorUserId: user.id,
      subjectUserId: worksheet.clientId,
      worksheetId: worksheet.id,
      address: c.get('address'),
      details: { title: worksheet.title },
    });
    return c.body(null, 204);
  });

  app.openapi(reviewRoute, async (c) => {
    const { user } = signedInCaller(c);
    const { worksheet, client, access } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    therapistCaller(c);
    let reviewed: WorksheetRecord;
    try {
      reviewed = await reviewWorksheet(accounts, { therapist: user, worksheet, address: c.get('address') });
    } catch (error) {
      throw error instanceof NotHandedIn ? new ApiError(409, 'not-handed-in', error.message) : error;
    }
    return c.json(
      worksheetView(
        reviewed,
        client,
        access,
        now(),
        user.role,
        await occurrenceOf(accounts, reviewed),
        await accounts.comments.newCommentsOn(user.id, reviewed.id),
      ),
      200,
    );
  });

  app.openapi(sendRoute, async (c) => {
    const { user } = signedInCaller(c);
    const { worksheet, client, access } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    therapistCaller(c);
    const sent = await sendWorksheet(accounts, { therapist: user, worksheet, address: c.get('address') });
    return c.json(
      worksheetView(
        sent,
        client,
        access,
        now(),
        user.role,
        await occurrenceOf(accounts, sent),
        await accounts.comments.newCommentsOn(user.id, sent.id),
      ),
      200,
    );
  });

  app.openapi(commentsSeenRoute, async (c) => {
    const { user } = signedInCaller(c);
    const { worksheet } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    await accounts.comments.markSeen(worksheet.id, user.id, now());
    return c.body(null, 204);
  });

  app.openapi(assignRoute, async (c) => {
    const { user } = therapistCaller(c);
    const client = await ownClient(accounts, user, c.req.valid('param').id);
    const { repeat, ...input } = c.req.valid('json');
    const assignment = { therapist: user, client, ...input, address: c.get('address') };
    const dependencies = { accounts, documents, templates };
    const worksheet = await (repeat
      ? assignRepeatingWorksheet(dependencies, { ...assignment, repeat })
      : assignWorksheet(dependencies, assignment)
    ).catch(refusedAsApiError);
    return c.json(
      worksheetView(
        worksheet,
        client,
        { readOnly: false },
        now(),
        user.role,
        await occurrenceOf(accounts, worksheet),
        0,
      ),
      201,
    );
  });

  return app;
}

/** The API's existing answers for each refusal (status and code), with the use case's message. */
const refusalAnswers: Record<AssignmentRefusal, { status: 400 | 404 | 409; code: string }> = {
  'client-archived': { status: 409, code: 'client-archived' },
  'due-date-passed': { status: 400, code: 'invalid-request' },
  'invalid-content': { status: 400, code: 'invalid-content' },
  'measure-items-changed': { status: 400, code: 'measure-items-changed' },
  'template-not-found': { status: 404, code: 'template-not-found' },
  'invalid-repeat': { status: 400, code: 'invalid-request' },
  'repeat-needs-sending': { status: 400, code: 'invalid-request' },
};

function refusedAsApiError(error: unknown): never {
  if (!(error instanceof AssignmentRefused)) throw error;
  const { status, code } = refusalAnswers[error.reason];
  throw new ApiError(status, code, error.message);
}
