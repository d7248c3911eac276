/** The one place the library's lazily loaded routes meet '@interlude/editor' (and its stylesheet). */
import '@interlude/editor/styles.css';

export { colorForUser, WorksheetEditor } from '@interlude/editor';
