/**
 * `@interlude/schema`: the worksheet model without an editor: node names and attribute schemas, JSON builders
 * and walkers, the Y.Doc layout and meta, permissions, responses, measures, templates, migrations. Light enough
 * for the app shell: zod, yjs and lib0 only (src/entryGraph.test.ts checks; Tiptap lives in `./tiptap`).
 */
export {
  addIsoDays,
  type DueDateProblem,
  dueDateProblem,
  type IsoDay,
  isoDayInZone,
  isTimeZone,
  localIsoDay,
} from './assignments/dueDateRule.js';
export {
  daysBetween,
  latestDueIndex,
  occurrenceCount,
  occurrenceDay,
  REPEAT_LIMITS,
  type RepeatRule,
  repeatRhythm,
  repeatRuleProblem,
} from './assignments/repeatRule.js';
export { checkCommentsChange } from './comments/checkCommentsChange.js';
export { commentOnlyUpdatePermitted } from './comments/commentOnlyUpdatePermitted.js';
export {
  COMMENT_LIMITS,
  COMMENT_MARK,
  type CommentAnchor,
  type CommentRecord,
  commentAnchorSchema,
  commentRecordSchema,
  isThreadStart,
} from './comments/commentRecord.js';
export { type CommentAuthor, CommentNotAllowedError, type CommentStore } from './comments/commentStore.js';
export { COMMENT_CLOCK_TOLERANCE_MS, type CommentsChange } from './comments/commentsChange.js';
export { type CommentThread, commentThreads } from './comments/commentThreads.js';
export { repairCommentsChange } from './comments/repairCommentsChange.js';
export { readCommentRecords, yCommentStore } from './comments/yCommentStore.js';
export { type AnsweredNode, answeredNodes, hasAnswer } from './content/answeredNodes.js';
export {
  bulletList,
  type ChecklistInput,
  type ChoiceInput,
  checklist,
  choice,
  createEntryJSON,
  doc,
  type EntryGroupInput,
  entry,
  entryGroup,
  type FieldInput,
  field,
  type GoalInput,
  type GoalStepInput,
  goal,
  goalStep,
  heading,
  nodeFromDefinition,
  type PromptInput,
  paragraph,
  prompt,
  type ScaleInput,
  scale,
  text,
} from './content/builders.js';
export { hasEntryGroups } from './content/hasEntryGroups.js';
export { jsonEqual } from './content/jsonEqual.js';
export { nodeLabel } from './content/nodeLabel.js';
export { RESPONSE_ATTRIBUTES, RESPONSE_CONTENT_NODES } from './content/responsePart.js';
export { type WalkContext, walkWorksheet } from './content/walkWorksheet.js';
export { withExampleEntries } from './content/withExampleEntries.js';
export {
  attributesOf,
  plainTextOf,
  type WorksheetJSON,
  type WorksheetMarkJSON,
} from './content/worksheetJSON.js';
export { isoDateSchema } from './document/isoDateSchema.js';
export { COMMENTS_MAP, CONTENT_FIELD, META_MAP, WORKSHEET_SCHEMA_VERSION } from './document/layout.js';
export {
  type MeasureRef,
  measureRefSchema,
  WORKSHEET_KINDS,
  type WorksheetKind,
  type WorksheetMeta,
  type WorksheetMetaKey,
  worksheetKindSchema,
  worksheetMetaSchema,
} from './document/meta.js';
export {
  WorksheetDocumentError,
  type WorksheetDocumentErrorReason,
} from './document/worksheetDocumentError.js';
export { createNodeId, NODE_ID_LENGTH } from './ids/createNodeId.js';
export { nodeIdSchema } from './ids/nodeIdSchema.js';
export { libraryTopicSchema, therapyApproachSchema } from './library/libraryFacetSchemas.js';
export {
  LIBRARY_TOPICS,
  type LibraryTopic,
  THERAPY_APPROACHES,
  type TherapyApproach,
} from './library/libraryFacets.js';
export { questionsOf } from './library/questionsOf.js';
export { type LibraryFilters, type SearchableTemplate, searchTemplates } from './library/searchTemplates.js';
export { GAD7_V1 } from './measures/gad7.js';
export { findMeasure, measureCatalogue } from './measures/measureCatalogue.js';
export { measureContent } from './measures/measureContent.js';
export type {
  MeasureDefinition,
  MeasureFlagRule,
  MeasureItem,
  MeasureOption,
  SeverityBand,
} from './measures/measureDefinition.js';
export {
  type MeasureDisplay,
  type MeasureResultSummary,
  measureDisplayOf,
  measureResultSummaryOf,
} from './measures/measureDisplay.js';
export { PHQ9_V1 } from './measures/phq9.js';
export { type MeasureScore, type RaisedFlag, scoreMeasure } from './measures/scoreMeasure.js';
export { MIGRATIONS, type MigrationResult, migrateDocument } from './migrations/migrateDocument.js';
export { type Migration, mapNodes, renameAttributes } from './migrations/migration.js';
export {
  type ChecklistAttributes,
  checklistAttributesSchema,
  checklistTemplateAttributesSchema,
} from './nodes/checklist.js';
export {
  type ChoiceAttributes,
  choiceAttributesSchema,
  choiceTemplateAttributesSchema,
} from './nodes/choice.js';
export { type EntryAttributes, entryAttributesSchema } from './nodes/entry.js';
export {
  type EntryFieldDefinition,
  type EntryFieldKind,
  entryFieldDefinitionSchema,
} from './nodes/entryFieldDefinition.js';
export { type EntryGroupAttributes, entryGroupAttributesSchema } from './nodes/entryGroup.js';
export {
  FIELD_TYPES,
  type FieldAttributes,
  type FieldType,
  fieldAttributesSchema,
  fieldTemplateAttributesSchema,
  fieldTypeSchema,
  fieldValueSchemas,
} from './nodes/field.js';
export { type GoalAttributes, goalAttributesSchema } from './nodes/goal.js';
export { type GoalStepAttributes, goalStepAttributesSchema } from './nodes/goalStep.js';
export { findInvalidNodes, type InvalidNode, nodeAttributeSchemas } from './nodes/nodeAttributeSchemas.js';
export { ENTRY_ITEM_GROUP, NODE_NAMES, type WorksheetNodeName } from './nodes/nodeNames.js';
export {
  type ChecklistItem,
  type ChoiceOption,
  checklistItemSchema,
  choiceOptionSchema,
  type ScaleAnchor,
  scaleAnchorSchema,
} from './nodes/optionSchemas.js';
export { type PromptAttributes, promptAttributesSchema } from './nodes/prompt.js';
export {
  type ScaleAttributes,
  scaleAttributesSchema,
  scaleTemplateAttributesSchema,
} from './nodes/scale.js';
export { answersLostByChange } from './permissions/answersLostByChange.js';
export { assertMeasureItemsAsPublished } from './permissions/assertMeasureItemsAsPublished.js';
export { type ChangeKind, classifyChange } from './permissions/classifyChange.js';
export {
  type ChangeDecision,
  type ChangeDenialReason,
  mayApplyChange,
} from './permissions/mayApplyChange.js';
export { measureItemTemplates } from './permissions/measureItems.js';
export { MeasureItemsChangedError } from './permissions/measureItemsChangedError.js';
export { ROLES, type Role, roleSchema } from './permissions/role.js';
export { LOCKED_META_KEYS, ROLE_PERMISSIONS, type RolePermissions } from './permissions/rolePermissions.js';
export { templateProjection } from './permissions/templateProjection.js';
export { CARET_COLORS, CARET_COLORS_BY_ROLE, colorForUser } from './presence/colorForUser.js';
export { type Completion, completion } from './responses/completion.js';
export {
  type ExtractedEntry,
  type ExtractedEntryGroup,
  type ExtractedResponse,
  type ExtractedResponses,
  extractResponses,
  type ResponseKind,
  type ResponseValue,
} from './responses/extractResponses.js';
export {
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_LIMITS,
  TEMPLATE_FILE_VERSION,
  type TemplateFile,
  templateFileJsonSchema,
  templateFileSchema,
} from './template-files/templateFileFormat.js';
export type { TemplateFileProblem, TemplateFileProblemCode } from './template-files/templateFileProblem.js';
export { tooLargeProblem } from './template-files/tooLargeProblem.js';
export { type ExportableTemplate, writeTemplateFile } from './template-files/writeTemplateFile.js';
export { SLEEP_METRICS } from './templates/catalogue/sleepDiary.js';
export { deriveSleepNight, type SleepNightSummary } from './templates/sleepNight.js';
export { findTemplate, templateCatalogue, worksheetMetaForTemplate } from './templates/templateCatalogue.js';
export { unscoredCopy } from './templates/unscoredCopy.js';
export {
  defineTemplate,
  metricKeysOf,
  type WorksheetTemplate,
  worksheetTemplateSummarySchema,
} from './templates/worksheetTemplate.js';
export { updateStaysInResponses } from './yjs/updateStaysInResponses.js';
export { readMetaRecord, readWorksheetMeta, writeWorksheetMeta } from './yjs/worksheetMetaMap.js';
