import { PRIVATE_NOTE_MAX_LENGTH } from '@interlude/schema/api';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../../api/http';
import {
  type PrivateNote,
  useAddPrivateNote,
  useDeletePrivateNote,
  usePrivateNotes,
} from '../../../api/notes';
import type { WorksheetSummary } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { formatMoment } from '../../../ui/dates';
import { TextAreaField } from '../../../ui/Field';
import { QueryBoundary } from '../../../ui/QueryBoundary';

export interface PrivateNotesProps {
  clientId: string;
  /** The client's worksheets a note can be about; with `worksheetId`, the notes of that worksheet only. */
  worksheets: Pick<WorksheetSummary, 'id' | 'title'>[];
  worksheetId?: string;
}

/** The therapist's own notes about a client or a worksheet. Stored on the server, never shown to the client. */
export function PrivateNotes({ clientId, worksheets, worksheetId }: PrivateNotesProps) {
  const notes = usePrivateNotes(clientId);
  return (
    <QueryBoundary query={notes} loadingLabel="Loading your notes…">
      {(loaded) => (
        <NotesScreen
          clientId={clientId}
          worksheets={worksheets}
          worksheetId={worksheetId}
          notes={
            worksheetId === undefined ? loaded : loaded.filter((note) => note.worksheetId === worksheetId)
          }
        />
      )}
    </QueryBoundary>
  );
}

function NotesScreen({
  clientId,
  worksheets,
  worksheetId,
  notes,
}: PrivateNotesProps & { notes: PrivateNote[] }) {
  const [body, setBody] = useState('');
  const [about, setAbout] = useState(worksheetId ?? '');
  const add = useAddPrivateNote(clientId);
  const remove = useDeletePrivateNote(clientId);
  const selectId = useId();
  const titleOf = (id: string | null) => worksheets.find((worksheet) => worksheet.id === id)?.title;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') return;
    add.mutate({ body, worksheetId: about === '' ? null : about }, { onSuccess: () => setBody('') });
  };
  return (
    <div className="private-notes">
      <p className="muted">
        Only you see these notes. They are never shown to your client or included in their copy.
      </p>
      {notes.length === 0 ? (
        <p className="empty">No notes yet.</p>
      ) : (
        <ul className="private-notes__list">
          {notes.map((note) => (
            <li key={note.id} className="private-notes__item">
              <p className="private-notes__meta">
                {formatMoment(note.createdAt)}
                {note.worksheetId && worksheetId === undefined
                  ? ` · about “${titleOf(note.worksheetId) ?? 'a worksheet'}”`
                  : ''}
              </p>
              <p className="private-notes__body">{note.body}</p>
              <Button
                variant="quiet"
                onClick={() => remove.mutate(note.id)}
                aria-label={`Delete note from ${formatMoment(note.createdAt)}`}
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="private-notes__form">
        <TextAreaField
          label="New private note"
          value={body}
          maxLength={PRIVATE_NOTE_MAX_LENGTH}
          rows={3}
          onChange={(event) => setBody(event.target.value)}
          error={add.error ? errorMessage(add.error) : undefined}
        />
        {worksheetId === undefined && worksheets.length > 0 ? (
          <div className="field">
            <label htmlFor={selectId} className="field__label">
              About
            </label>
            <select id={selectId} value={about} onChange={(event) => setAbout(event.target.value)}>
              <option value="">The client in general</option>
              {worksheets.map((worksheet) => (
                <option key={worksheet.id} value={worksheet.id}>
                  {worksheet.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <Button type="submit" variant="primary" busy={add.isPending}>
          Save note
        </Button>
      </form>
    </div>
  );
}
