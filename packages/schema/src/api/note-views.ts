import { z } from 'zod';

export const PRIVATE_NOTE_MAX_LENGTH = 10_000;

export const PrivateNoteView = z
  .object({
    id: z.string(),
    clientId: z.string(),
    worksheetId: z.string().nullable().meta({ description: 'Null: a note about the client in general' }),
    body: z.string(),
    createdAt: z.string().meta({ description: 'ISO 8601 time' }),
    updatedAt: z.string().meta({ description: 'ISO 8601 time' }),
  })
  .meta({ id: 'PrivateNote' });

export const PrivateNoteInput = z.object({
  body: z.string().trim().min(1, 'Write something first').max(PRIVATE_NOTE_MAX_LENGTH),
  worksheetId: z.string().min(1).max(100).nullable().optional(),
});

export type ApiPrivateNote = z.infer<typeof PrivateNoteView>;
export type ApiPrivateNoteInput = z.infer<typeof PrivateNoteInput>;
