import { COMMENT_LIMITS } from '@interlude/schema';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

export interface CommentFormProps {
  /** The text box's label: "New comment", "Reply", "Edit your comment". */
  label: string;
  /** Shown as the label rather than only to screen readers. */
  showLabel?: boolean;
  submitLabel: string;
  initialBody?: string;
  /** Puts the caret in the text box when it appears (a comment begun, Reply or Edit pressed). */
  focusOnMount?: boolean;
  /** Posts the text; a thrown error's message is shown under the box and the text is kept. */
  onSubmit: (body: string) => void;
  onCancel?: () => void;
  /** A second way to post the same text (a button beside the first), e.g. somewhere else than first meant. */
  alternative?: { label: string; onSubmit: (body: string) => void };
}

/**
 * A text box for a comment, a reply or an edit. Enter posts, Shift+Enter starts a new line, Escape cancels;
 * the box says so to screen readers too. What cannot be posted is explained beside it and the text is kept.
 */
export function CommentForm(props: CommentFormProps) {
  const { label, submitLabel, onSubmit, onCancel } = props;
  const [body, setBody] = useState(props.initialBody ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const boxId = useId();
  const hintId = useId();
  const problemId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const focusOnMount = props.focusOnMount ?? false;

  useEffect(() => {
    if (focusOnMount) box.current?.focus();
  }, [focusOnMount]);

  const submit = (post = onSubmit) => {
    try {
      post(body);
      setBody('');
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The comment could not be saved.');
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label
        htmlFor={boxId}
        className={props.showLabel ? 'comment-form__label' : 'interlude-visually-hidden'}
      >
        {label}
      </label>
      <textarea
        id={boxId}
        ref={box}
        className="comment-form__box"
        rows={2}
        value={body}
        maxLength={COMMENT_LIMITS.bodyChars}
        aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="comment-form__hint">
        Enter posts, Shift+Enter adds a line{onCancel ? ', Escape cancels' : ''}.
      </p>
      {problem ? (
        <p id={problemId} className="comment-form__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="comment-form__actions">
        <button type="submit" className="comment-button comment-button--primary">
          {submitLabel}
        </button>
        {props.alternative ? (
          <button
            type="button"
            className="comment-button comment-button--primary"
            onClick={() => submit(props.alternative?.onSubmit)}
          >
            {props.alternative.label}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="comment-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
