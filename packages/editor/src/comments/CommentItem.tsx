import type { CommentRecord } from '@interlude/schema';
import { useEffect, useRef, useState } from 'react';
import { CommentForm } from './CommentForm.js';
import type { CommentsController } from './comments-controller.js';
import { relativeTime } from './relative-time.js';

export interface CommentItemProps {
  record: CommentRecord;
  comments: CommentsController;
  now: Date;
  /** Says what happened, for screen readers ("Comment saved."). */
  announce: (message: string) => void;
}

const fullTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One comment: who wrote it, when, and what; Edit and Delete on the person's own. A deleted comment keeps its
 * place and reads "Comment deleted", so the replies around it still make sense.
 */
export function CommentItem({ record, comments, now, announce }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deletedNote = useRef<HTMLParagraphElement>(null);
  const [justDeleted, setJustDeleted] = useState(false);
  // The buttons go with the comment: focus stays on the place, which now reads "Comment deleted".
  useEffect(() => {
    if (justDeleted) deletedNote.current?.focus();
  }, [justDeleted]);
  // Asking moves focus to the answer; keeping the comment moves it back to Delete.
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (confirmingDelete) confirmButton.current?.focus();
    else if (asked) deleteButton.current?.focus();
  }, [confirmingDelete, asked]);
  const mine = comments.mayChange(record);
  const deleted = record.deletedAt !== null;
  const closeEditor = () => {
    setEditing(false);
    // Focus goes back where it came from rather than to the top of the page.
    queueMicrotask(() => editButton.current?.focus());
  };
  const remove = () => {
    try {
      comments.remove(record.id);
      setConfirmingDelete(false);
      setJustDeleted(true);
      announce('Comment deleted.');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The comment could not be deleted.');
    }
  };

  return (
    <div className="comment" data-comment-id={record.id} data-deleted={deleted || undefined}>
      <p className="comment__meta">
        <span className="comment__author">{record.authorName || 'Someone'}</span>
        {record.authorRole === 'therapist' ? <span className="comment__role"> (therapist)</span> : null}{' '}
        <time
          className="comment__time"
          dateTime={record.createdAt}
          title={fullTime.format(new Date(record.createdAt))}
        >
          {relativeTime(record.createdAt, now)}
        </time>
        {record.editedAt && !deleted ? <span className="comment__edited"> · edited</span> : null}
      </p>
      {deleted ? (
        <p className="comment__deleted" ref={deletedNote} tabIndex={-1}>
          Comment deleted
        </p>
      ) : editing ? (
        <CommentForm
          label="Edit your comment"
          submitLabel="Save"
          initialBody={record.body}
          focusOnMount
          onSubmit={(body) => {
            comments.edit(record.id, body);
            announce('Comment saved.');
            closeEditor();
          }}
          onCancel={closeEditor}
        />
      ) : (
        <p className="comment__body">{record.body}</p>
      )}
      {mine && !editing ? (
        confirmingDelete ? (
          <div className="comment__confirm">
            <span>Delete this comment?</span>
            <button
              type="button"
              ref={confirmButton}
              className="comment-button comment-button--danger"
              onClick={remove}
            >
              Delete
            </button>
            <button type="button" className="comment-button" onClick={() => setConfirmingDelete(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <div className="comment__actions">
            <button
              type="button"
              ref={editButton}
              className="comment-link-button"
              aria-label="Edit your comment"
              onClick={() => {
                setProblem(null);
                setEditing(true);
              }}
            >
              Edit
            </button>
            <button
              type="button"
              ref={deleteButton}
              className="comment-link-button"
              aria-label="Delete your comment"
              onClick={() => {
                setAsked(true);
                setConfirmingDelete(true);
              }}
            >
              Delete
            </button>
          </div>
        )
      ) : null}
      {problem ? (
        <p className="comment-form__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
