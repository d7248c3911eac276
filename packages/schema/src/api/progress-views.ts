import { z } from 'zod';
import { CommentContextView } from './export-views.js';

const isoDay = z.string().meta({ description: 'A calendar day, YYYY-MM-DD: the client’s own day' });

export const CompletionWeekView = z.object({
  weekStart: isoDay.meta({ description: 'Monday of the week' }),
  assigned: z.number().int().meta({ description: 'Worksheets sent that week' }),
  done: z.number().int().meta({ description: 'Worksheets handed in that week (by the client’s date)' }),
  doneOnTime: z.number().int().meta({ description: 'Of those, handed in on or before their due day' }),
});

export const CompletionView = z.object({
  weeks: z.array(CompletionWeekView),
  assigned: z.number().int(),
  done: z.number().int(),
  doneOnTime: z.number().int(),
  rate: z.number().nullable().meta({ description: 'done / assigned, 0–1; null when nothing was sent' }),
  rateLast4Weeks: z
    .number()
    .nullable()
    .meta({ description: 'The same over worksheets sent in the last 28 days' }),
});

export const SeverityBandView = z.object({ min: z.number(), max: z.number(), label: z.string() });

export const MeasurePointView = z.object({
  worksheetId: z.string(),
  date: isoDay,
  total: z.number(),
  severity: z.string().nullable(),
});

export const MeasureSeriesView = z.object({
  measureId: z.string(),
  title: z.string(),
  maxTotal: z.number(),
  /** Empty for a client: bands are the clinician's to interpret. */
  bands: z.array(SeverityBandView),
  points: z.array(MeasurePointView),
});

export const MetricPointView = z.object({ worksheetId: z.string(), date: isoDay, value: z.number() });

export const MetricSeriesView = z.object({
  metricKey: z.string(),
  label: z.string(),
  points: z.array(MetricPointView),
});

export const GoalStepView = z.object({ nodeId: z.string(), label: z.string(), done: z.boolean() });

export const GoalView = z.object({
  worksheetId: z.string(),
  worksheetTitle: z.string(),
  nodeId: z.string(),
  title: z.string(),
  progress: z.number().nullable().meta({ description: '0–100, null when not rated yet' }),
  steps: z.array(GoalStepView),
});

export const ClientProgressView = z
  .object({
    clientId: z.string(),
    displayName: z.string(),
    completion: CompletionView,
    measures: z.array(MeasureSeriesView),
    metrics: z.array(MetricSeriesView).meta({ description: 'Every metric key with two or more values' }),
    goals: z.array(GoalView),
  })
  .meta({ id: 'ClientProgress' });

export type ApiCompletion = z.infer<typeof CompletionView>;
export type ApiCompletionWeek = z.infer<typeof CompletionWeekView>;
export type ApiMeasureSeries = z.infer<typeof MeasureSeriesView>;
export type ApiMetricSeries = z.infer<typeof MetricSeriesView>;
export type ApiGoal = z.infer<typeof GoalView>;
export type ApiClientProgress = z.infer<typeof ClientProgressView>;

export const LatestMeasureView = z.object({
  measureId: z.string(),
  title: z.string(),
  worksheetId: z.string(),
  date: isoDay,
  total: z.number(),
  severity: z.string().nullable(),
  change: z.number().nullable().meta({ description: 'Total minus the previous total of the same measure' }),
});

export const SafetyFlagView = z.object({
  worksheetId: z.string(),
  worksheetTitle: z.string(),
  raisedAt: z.string().meta({ description: 'ISO time the flag was first raised' }),
  messages: z.array(z.string()),
});

export const ClientFiguresView = z
  .object({
    clientId: z.string(),
    lastActivityAt: z.string().nullable(),
    rateLast4Weeks: z.number().nullable(),
    latestMeasure: LatestMeasureView.nullable(),
    safetyFlag: SafetyFlagView.nullable().meta({
      description: 'The latest safety flag not yet acknowledged (PHQ-9 item 9 above 0), whatever the status',
    }),
  })
  .meta({ id: 'ClientFigures' });

export const FlagAcknowledgementInput = z.object({
  note: z.string().trim().min(1, 'Say what you did or will do').max(2000),
});

export const FlagAcknowledgementView = z.object({
  worksheetId: z.string(),
  acknowledgedAt: z.string(),
  note: z.string(),
});

export type ApiLatestMeasure = z.infer<typeof LatestMeasureView>;
export type ApiSafetyFlag = z.infer<typeof SafetyFlagView>;
export type ApiClientFigures = z.infer<typeof ClientFiguresView>;

export const AnswerChangeView = z.object({
  change: z.enum(['new', 'changed', 'cleared']),
  nodeId: z.string(),
  label: z.string(),
  entryId: z.string().nullable(),
  entryDate: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const ReviewChangesView = z
  .object({
    worksheetId: z.string(),
    since: z.string().nullable().meta({ description: 'ISO time of the last review; null: never reviewed' }),
    answers: z.array(AnswerChangeView),
    newEntries: z.array(
      z.object({ entryId: z.string(), date: z.string().nullable(), groupLabel: z.string() }),
    ),
    newComments: z
      .array(
        z.object({
          threadId: z.string(),
          authorName: z.string(),
          authorRole: z.enum(['therapist', 'client']),
          text: z.string(),
          createdAt: z.string(),
          context: CommentContextView,
          replyTo: z
            .object({ authorName: z.string(), text: z.string(), deleted: z.boolean() })
            .nullable()
            .meta({ description: 'The thread’s first comment, when this one is a reply' }),
        }),
      )
      .meta({ description: 'The client’s comments added since the review' }),
  })
  .meta({ id: 'ReviewChanges' });

export type ApiReviewChanges = z.infer<typeof ReviewChangesView>;
