/** The one place the worksheet page meets '@interlude/editor' (and its stylesheets). */
import '@interlude/editor/styles.css';
import '@interlude/editor/comments.css';

export {
  CommentsController,
  CommentsPanel,
  colorForUser,
  forgetOtherPeople,
  PresenceList,
  WorksheetEditor,
} from '@interlude/editor';
