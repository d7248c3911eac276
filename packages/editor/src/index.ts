export { colorForUser } from './collaboration/color-for-user.js';
export { CommentsPanel, type CommentsPanelProps } from './comments/CommentsPanel.js';
export {
  CommentProblem,
  CommentsController,
  type CommentsControllerOptions,
  type CommentsSnapshot,
} from './comments/comments-controller.js';
export { roleForMode, type WorksheetMode, type WorksheetRole } from './mode/worksheet-mode.js';
export { WORKSHEET_NODE_KINDS, type WorksheetNodeKind } from './node-kinds/worksheet-node-kinds.js';
export { forgetOtherPeople } from './presence/forget-other-people.js';
export { PresenceList, type PresenceListProps } from './presence/PresenceList.js';
export { type PresentPerson, readPresence } from './presence/read-presence.js';
export { answerLossQuestion } from './role-guard/confirm-answer-loss.js';
export { type RefusedChange, RoleGuard, type RoleGuardOptions } from './role-guard/role-guard.js';
export { WorksheetEditor, type WorksheetEditorProps } from './worksheet-editor/WorksheetEditor.js';
export {
  type WorksheetEditorSetup,
  worksheetEditorExtensions,
} from './worksheet-editor/worksheet-editor-extensions.js';
