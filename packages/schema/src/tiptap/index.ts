/**
 * `@interlude/schema/tiptap`: everything that needs Tiptap, ProseMirror or y-tiptap: the node definitions,
 * `worksheetExtensions` and the headless `worksheetSchema`, and reading, seeding, migrating and judging a
 * worksheet's Y.Doc (its content is a Y.XmlFragment that only the ProseMirror schema can read).
 * For the editor, the server and the worksheet page; never for the app shell.
 */

export {
  checkTemplateContent,
  contentSizeProblem,
  type TemplateContentCheck,
} from './checkTemplateContent.js';
export { encodeTemplateSeed } from './encodeTemplateSeed.js';
export { worksheetExtensions, worksheetNodes, worksheetSchema } from './extensions.js';
export { dataAttributeName } from './htmlAttributes.js';
export {
  judgeWorksheetUpdate,
  type UpdateJudgement,
  type UpdateToJudge,
} from './judgeWorksheetUpdate.js';
export { migrateWorksheetDoc } from './migrateWorksheetDoc.js';
export { ChecklistNode } from './nodes/checklistNode.js';
export { ChoiceNode } from './nodes/choiceNode.js';
export { CommentMark } from './nodes/commentMark.js';
export { EntryGroupNode } from './nodes/entryGroupNode.js';
export { EntryNode } from './nodes/entryNode.js';
export { FieldNode } from './nodes/fieldNode.js';
export { GoalNode } from './nodes/goalNode.js';
export { GoalStepNode } from './nodes/goalStepNode.js';
export { PromptNode } from './nodes/promptNode.js';
export { ScaleNode } from './nodes/scaleNode.js';
export {
  type ImportedTemplate,
  readTemplateFile,
  type TemplateFileReading,
} from './readTemplateFile.js';
export {
  createWorksheetDoc,
  encodeWorksheetSeed,
  readWorksheetContent,
  type WorksheetSnapshot,
  worksheetDocToJSON,
} from './worksheetDoc.js';
export {
  type ChangeActor,
  type RootChange,
  type RootVerdict,
  WORKSHEET_ROOT_TYPES,
  type WorksheetRootType,
} from './worksheetRootTypes.js';
