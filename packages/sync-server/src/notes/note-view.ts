import type { ApiPrivateNote } from '@interlude/schema/api';
import type { PrivateNote } from './private-note-store.js';

/** A private note as the API answers it (to its therapist only). */
export function noteView(note: PrivateNote): ApiPrivateNote {
  return {
    id: note.id,
    clientId: note.clientId,
    worksheetId: note.worksheetId,
    body: note.body,
    createdAt: new Date(note.createdAt).toISOString(),
    updatedAt: new Date(note.updatedAt).toISOString(),
  };
}
