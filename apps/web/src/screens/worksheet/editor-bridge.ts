/** The one place the worksheet page meets '@interlude/editor' (and its stylesheet). */
import '@interlude/editor/styles.css';

export { colorForUser, PresenceList, WorksheetEditor } from '@interlude/editor';
