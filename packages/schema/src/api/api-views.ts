import { z } from 'zod';

/**
 * The JSON API's answers, shared by the server (which validates and documents its routes with them)
 * and the web app (which types what it reads). `meta({ id })` names them in the OpenAPI document.
 * Times are ISO strings; due dates are calendar dates (YYYY-MM-DD).
 */

const isoTime = z.string().meta({ description: 'ISO 8601 time', example: '2026-11-26T09:30:00.000Z' });

export const UserView = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(['therapist', 'client']),
  })
  .meta({ id: 'User' });

export const PracticeView = z
  .object({
    id: z.string(),
    name: z.string(),
    crisisText: z.string(),
    timeZone: z.string().meta({
      description: 'IANA time zone; due dates are judged against today in this zone',
      example: 'Europe/London',
    }),
  })
  .meta({ id: 'Practice' });

export const UserEnvelope = z.object({ user: UserView });

export const MeView = z.object({ user: UserView, practice: PracticeView }).meta({ id: 'Me' });

export const WorksheetCountsView = z.object({
  drafts: z.number().int().meta({ description: 'Assigned but not yet sent: only the therapist sees them' }),
  assigned: z.number().int(),
  started: z.number().int(),
  handedIn: z.number().int(),
  reviewed: z.number().int(),
  overdue: z.number().int(),
  flaggedWorksheets: z
    .number()
    .int()
    .meta({ description: 'Worksheets with a safety flag (PHQ-9 item 9 above 0) not yet reviewed' }),
  newComments: z
    .number()
    .int()
    .meta({ description: 'Comments by the client on their worksheets that the therapist has not seen yet' }),
});

export const ClientView = z
  .object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    status: z.enum(['invited', 'active', 'archived']),
    access: z.enum(['full', 'read-only', 'none']),
    lastActivityAt: isoTime
      .nullable()
      .meta({ description: 'ISO time of the last stored edit by the client' }),
    counts: WorksheetCountsView,
  })
  .meta({ id: 'Client' });

export const MeasureFlagView = z.object({
  id: z.string().meta({ example: 'phq-9-item-9' }),
  level: z.enum(['urgent', 'review']).meta({ description: 'urgent: act now, whatever the total' }),
  message: z.string(),
});

export const MeasureResultView = z
  .object({
    id: z.string().meta({ example: 'phq-9' }),
    version: z.number().int(),
    title: z.string().meta({ example: 'PHQ-9' }),
    total: z.number().int().nullable().meta({ description: 'Null until every scored item is answered' }),
    maxTotal: z.number().int(),
    severity: z.string().nullable().meta({ example: 'Moderate' }),
    answered: z.number().int().meta({ description: 'Scored items answered so far' }),
    itemCount: z.number().int(),
    flags: z.array(MeasureFlagView).meta({ description: 'Raised from the answers so far, complete or not' }),
    scoredAt: isoTime,
  })
  .meta({ id: 'MeasureResult' });

export const WorksheetSeriesView = z
  .object({
    id: z.string(),
    everyDays: z.number().int().meta({ description: 'Days between occurrences (1 daily, 7 weekly)' }),
    count: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'How many times in all; null when it runs until a date' }),
    until: z
      .string()
      .nullable()
      .meta({ description: 'Last possible day (YYYY-MM-DD); null when it runs a count' }),
    total: z.number().int().meta({ description: 'How many occurrences the rule makes in all' }),
    endedAt: isoTime
      .nullable()
      .meta({ description: 'When the therapist (or archiving the client) ended it early' }),
    nextOn: z
      .string()
      .nullable()
      .meta({ description: 'The day the next occurrence will be created; null when ended or complete' }),
  })
  .meta({ id: 'WorksheetSeries' });

export const WorksheetOccurrenceView = WorksheetSeriesView.extend({
  index: z.number().int().meta({ description: 'Which occurrence this is, 1 for the first' }),
});

export const WorksheetView = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    templateId: z.string(),
    clientId: z.string(),
    clientDisplayName: z.string(),
    status: z.enum(['draft', 'assigned', 'started', 'handed-in', 'reviewed']).meta({
      description:
        'draft: not yet sent, so only the therapist sees it; then assigned → started → handed-in → reviewed',
    }),
    dueDate: z.string().nullable().meta({ example: '2026-02-01' }),
    note: z
      .string()
      .nullable()
      .meta({ description: 'The therapist’s note to the client (plain text, shown under the worksheet)' }),
    assignedAt: isoTime,
    sentAt: isoTime.nullable().meta({ description: 'When it was sent to the client; null for a draft' }),
    startedAt: isoTime.nullable(),
    handedInAt: isoTime.nullable(),
    reviewedAt: isoTime.nullable(),
    lastClientActivityAt: isoTime.nullable(),
    overdue: z.boolean(),
    readOnly: z.boolean(),
    measure: MeasureResultView.nullable().meta({
      description:
        'The server-scored result of a measure (PHQ-9, GAD-7) for a therapist; null for other worksheets, before the first answer, and for a client (clinicians interpret scores)',
    }),
    series: WorksheetOccurrenceView.nullable().meta({
      description:
        'For an occurrence of a repeating assignment: its series and its place in it; otherwise null',
    }),
    newComments: z.number().int().meta({
      description:
        'Comments by someone else, not deleted, that reached the server after the caller last saw this worksheet’s comments (POST /api/worksheets/{id}/comments/seen)',
    }),
    repairs: z.object({ count: z.number().int().nonnegative(), lastAt: isoTime.nullable() }).nullable().meta({
      description:
        'For a therapist: how many updates to this worksheet the server had to repair because they held a change their sender may not make (undone, the rest kept), and when the last was; null for a client',
    }),
  })
  .meta({ id: 'Worksheet' });

const PersonRefView = z.object({ id: z.string(), displayName: z.string() });

export const AuditEntryView = z
  .object({
    id: z.number().int(),
    occurredAt: isoTime,
    action: z.string(),
    actor: PersonRefView.nullable(),
    subject: PersonRefView.nullable(),
    worksheetId: z.string().nullable(),
    address: z.string().nullable(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .meta({ id: 'AuditEntry' });

export type ApiUser = z.infer<typeof UserView>;
export type ApiPractice = z.infer<typeof PracticeView>;
export type ApiMe = z.infer<typeof MeView>;
export type ApiClient = z.infer<typeof ClientView>;
export type ApiWorksheetCounts = z.infer<typeof WorksheetCountsView>;
export type ApiWorksheet = z.infer<typeof WorksheetView>;
export type ApiWorksheetSeries = z.infer<typeof WorksheetSeriesView>;
export type ApiWorksheetOccurrence = z.infer<typeof WorksheetOccurrenceView>;
export type ApiMeasureResult = z.infer<typeof MeasureResultView>;
export type ApiMeasureFlag = z.infer<typeof MeasureFlagView>;
export type ApiAuditEntry = z.infer<typeof AuditEntryView>;
export type ApiPersonRef = z.infer<typeof PersonRefView>;
