import { z } from 'zod';
import { PrivateNoteView } from './note-views.js';

export const RecordAnswerView = z.object({
  nodeId: z.string(),
  kind: z.string(),
  label: z
    .string()
    .meta({ description: 'The question’s words, or “Untitled step” and the like when it has none' }),
  answer: z.string().nullable().meta({ description: 'As a person reads it; null when not answered' }),
  parentNodeId: z.string().nullable().meta({ description: 'The goal a step belongs to' }),
});

export const RecordEntryView = z.object({
  entryId: z.string(),
  groupLabel: z.string(),
  date: z.string().nullable(),
  fields: z.array(RecordAnswerView),
});

/** Where a comment thread sits, in words a person reads (`detached`: its text or block is gone). */
export const CommentContextView = z.object({
  kind: z.enum(['node', 'text', 'detached']),
  label: z
    .string()
    .nullable()
    .meta({ description: 'The question or block it is on; null on the worksheet’s own text' }),
  quote: z.string().nullable().meta({ description: 'The words the comment is on, for a text anchor' }),
});

export const RecordCommentView = z.object({
  id: z.string(),
  authorName: z.string(),
  authorRole: z.enum(['therapist', 'client']),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deleted: z.boolean().meta({ description: 'Deleted comments keep their place; their text is empty' }),
  text: z.string(),
});

export const RecordThreadView = z.object({
  threadId: z.string(),
  context: CommentContextView,
  resolvedAt: z.string().nullable(),
  comment: RecordCommentView,
  replies: z.array(RecordCommentView),
});

export const WorksheetRecordView = z
  .object({
    id: z.string(),
    title: z.string(),
    clientDisplayName: z.string(),
    status: z.string(),
    statusLabel: z.string().meta({ description: 'The status in the app’s words' }),
    timeZone: z.string().meta({ description: 'The practice’s time zone, for reading the times' }),
    assignedAt: z.string(),
    dueDate: z.string().nullable(),
    handedInAt: z.string().nullable().meta({ description: 'The client’s own time of hand-in' }),
    reviewedAt: z.string().nullable(),
    score: z
      .object({ measure: z.string(), total: z.number().nullable(), severity: z.string().nullable() })
      .nullable(),
    answers: z.array(RecordAnswerView),
    entries: z.array(RecordEntryView),
    comments: z.array(RecordThreadView).meta({ description: 'Comment threads, oldest first, with replies' }),
  })
  .meta({ id: 'WorksheetRecord' });

export const ClientExportView = z
  .object({
    exportedAt: z.string(),
    timeZone: z.string().meta({ description: 'The practice’s time zone, for reading the times' }),
    client: z.object({ id: z.string(), displayName: z.string(), email: z.string() }),
    practice: z.object({ name: z.string() }),
    worksheets: z.array(WorksheetRecordView),
    privateNotes: z
      .array(PrivateNoteView)
      .optional()
      .meta({ description: 'Only in the therapist’s export; never in the client’s' }),
  })
  .meta({ id: 'ClientExport' });

export type ApiCommentContext = z.infer<typeof CommentContextView>;
export type ApiRecordComment = z.infer<typeof RecordCommentView>;
export type ApiRecordThread = z.infer<typeof RecordThreadView>;
export type ApiWorksheetRecord = z.infer<typeof WorksheetRecordView>;
export type ApiClientExport = z.infer<typeof ClientExportView>;
