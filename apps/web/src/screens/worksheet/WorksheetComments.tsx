import type { ReactNode } from 'react';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { type CommentsController, CommentsPanel } from './editor-bridge';

/** Where the panel sits beside the worksheet; narrower screens get a sheet at the bottom (comments.css). */
const SIDE_PANEL_QUERY = '(min-width: 960px)';

export interface WorksheetCommentsProps {
  comments: CommentsController | null;
  /** The worksheet itself (its paper), laid out beside the panel. */
  children: ReactNode;
  /** Told once the person has had the threads in front of them. */
  onThreadsShown?: () => void;
  /** True while the document is still filling in: comments arriving then are not announced as new. */
  loading?: boolean;
}

/** The worksheet with its comments panel: beside it on wide screens, a sheet that opens from the bottom on phones. */
export function WorksheetComments({ comments, children, onThreadsShown, loading }: WorksheetCommentsProps) {
  const side = useMediaQuery(SIDE_PANEL_QUERY);
  if (!comments) return <>{children}</>;
  return (
    <div className={`worksheet__with-comments worksheet__with-comments--${side ? 'side' : 'sheet'}`}>
      {/* A worksheet can hold a hundred controls: keyboard users reach the comments in one step. */}
      <a className="skip-link" href="#worksheet-comments">
        Skip to comments
      </a>
      {children}
      <div className="worksheet__comments" id="worksheet-comments" tabIndex={-1}>
        <CommentsPanel
          comments={comments}
          presentation={side ? 'side' : 'sheet'}
          onThreadsShown={onThreadsShown}
          loading={loading}
        />
      </div>
    </div>
  );
}
