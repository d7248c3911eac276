import { type AnyExtension, getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ChecklistNode } from './nodes/checklistNode.js';
import { ChoiceNode } from './nodes/choiceNode.js';
import { CommentMark } from './nodes/commentMark.js';
import { EntryGroupNode } from './nodes/entryGroupNode.js';
import { EntryNode } from './nodes/entryNode.js';
import { FieldNode } from './nodes/fieldNode.js';
import { GoalNode } from './nodes/goalNode.js';
import { GoalStepNode } from './nodes/goalStepNode.js';
import { PromptNode } from './nodes/promptNode.js';
import { ScaleNode } from './nodes/scaleNode.js';

/** The worksheet's custom nodes, without views (the editor package extends each with its node view). */
export const worksheetNodes = [
  PromptNode,
  ScaleNode,
  GoalNode,
  GoalStepNode,
  ChoiceNode,
  ChecklistNode,
  FieldNode,
  EntryGroupNode,
  EntryNode,
] as const;

/**
 * Everything a worksheet document is made of; the document content stays StarterKit's `block+`.
 * History is off because Collaboration's Yjs undo replaces it. The trailing node is off because it appends a
 * paragraph whenever a document ends in another node: a template change on the client's device that the
 * relay would refuse.
 */
export const worksheetExtensions: AnyExtension[] = [
  StarterKit.configure({ undoRedo: false, trailingNode: false }),
  ...worksheetNodes,
  CommentMark,
];

/** The ProseMirror schema of a worksheet, usable headless (server, tests). */
export const worksheetSchema = getSchema(worksheetExtensions);
