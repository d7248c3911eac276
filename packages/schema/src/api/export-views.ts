import { z } from 'zod';
import { PrivateNoteView } from './note-views.js';

export const RecordAnswerView = z.object({
  nodeId: z.string(),
  kind: z.string(),
  label: z.string(),
  answer: z.string().nullable().meta({ description: 'As a person reads it; null when not answered' }),
});

export const RecordEntryView = z.object({
  entryId: z.string(),
  groupLabel: z.string(),
  date: z.string().nullable(),
  fields: z.array(RecordAnswerView),
});

export const WorksheetRecordView = z
  .object({
    id: z.string(),
    title: z.string(),
    clientDisplayName: z.string(),
    status: z.string(),
    assignedAt: z.string(),
    dueDate: z.string().nullable(),
    handedInAt: z.string().nullable().meta({ description: 'The client’s own time of hand-in' }),
    reviewedAt: z.string().nullable(),
    score: z
      .object({ measure: z.string(), total: z.number().nullable(), severity: z.string().nullable() })
      .nullable(),
    answers: z.array(RecordAnswerView),
    entries: z.array(RecordEntryView),
    comments: z
      .array(z.object({ author: z.string(), text: z.string(), createdAt: z.string() }))
      .meta({ description: 'Comment threads (empty until comments are relayed)' }),
  })
  .meta({ id: 'WorksheetRecord' });

export const ClientExportView = z
  .object({
    exportedAt: z.string(),
    client: z.object({ id: z.string(), displayName: z.string(), email: z.string() }),
    practice: z.object({ name: z.string() }),
    worksheets: z.array(WorksheetRecordView),
    privateNotes: z
      .array(PrivateNoteView)
      .optional()
      .meta({ description: 'Only in the therapist’s export; never in the client’s' }),
  })
  .meta({ id: 'ClientExport' });

export type ApiWorksheetRecord = z.infer<typeof WorksheetRecordView>;
export type ApiClientExport = z.infer<typeof ClientExportView>;
