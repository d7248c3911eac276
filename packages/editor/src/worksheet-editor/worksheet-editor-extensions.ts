import { type AnsweredNode, readMetaRecord } from '@interlude/schema';
import { worksheetExtensions, worksheetNodes } from '@interlude/schema/tiptap';
import type { AnyExtension } from '@tiptap/core';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { collaborationExtensions } from '../collaboration/collaboration-extensions.js';
import { otherPeoplesCarets } from '../collaboration/other-carets.js';
import { WorksheetNodeById } from '../commands/update-worksheet-node.js';
import type { CommentsController } from '../comments/comments-controller.js';
import { WorksheetComments } from '../comments/worksheet-comments.js';
import { roleForMode, type WorksheetMode, WorksheetModeExtension } from '../mode/worksheet-mode.js';
import { MoveWorksheetNode } from '../move-node/move-worksheet-node.js';
import { InsertWorksheetNode } from '../node-kinds/insert-worksheet-node.js';
import { Checklist } from '../nodes/checklist/checklist.js';
import { Choice } from '../nodes/choice/choice.js';
import { Entry } from '../nodes/entry/entry.js';
import { EntryGroup } from '../nodes/entry-group/entry-group.js';
import { Field } from '../nodes/field/field.js';
import { Goal } from '../nodes/goal/goal.js';
import { GoalStep } from '../nodes/goal-step/goal-step.js';
import { Prompt } from '../nodes/prompt/prompt.js';
import { Scale } from '../nodes/scale/scale.js';
import { confirmWithBrowserDialog } from '../role-guard/confirm-answer-loss.js';
import { type RefusedChange, RoleGuard } from '../role-guard/role-guard.js';
import { SelectAnswer } from '../select-answer/select-answer.js';
import { SlashMenu } from '../slash-menu/slash-menu.js';
import { UniqueNodeIds } from '../unique-ids/unique-node-ids.js';
import { KeepFocusInBlock } from '../views/keep-focus-in-block.js';

export interface WorksheetEditorSetup {
  doc: Y.Doc;
  field: string;
  awareness: Awareness | null;
  mode: WorksheetMode;
  readOnly: boolean;
  user: { id: string; name: string; color: string };
  /** Default: the browser's confirm dialog. Tests answer it themselves. */
  confirmAnswerLoss?: (lost: readonly AnsweredNode[]) => boolean;
  onChangeRefused?: (refused: RefusedChange) => void;
  /** Today's date on this device, for new entries. Default: the device's calendar day. */
  today?: () => string;
  /** Comments on this worksheet (highlights, commenting on a selection or a block); none when absent. */
  comments?: CommentsController | null;
}

// The schema's nodes have no views; these replace them one for one. The comment mark is replaced by the
// editor's, which adds highlights and commenting.
const WORKSHEET_NODES_WITH_VIEWS: AnyExtension[] = [
  Prompt,
  Scale,
  Goal,
  GoalStep,
  Choice,
  Checklist,
  Field,
  Entry,
];
const REPLACED_SCHEMA_EXTENSIONS = new Set<string>([
  ...worksheetNodes.map((node) => node.name),
  WorksheetComments.name,
]);

/** Everything an editor of a worksheet is made of, for one mode. */
export function worksheetEditorExtensions(setup: WorksheetEditorSetup): AnyExtension[] {
  const { doc, mode, readOnly } = setup;
  const entryGroup = setup.today ? EntryGroup.configure({ today: setup.today }) : EntryGroup;
  return [
    ...worksheetExtensions.filter((extension) => !REPLACED_SCHEMA_EXTENSIONS.has(extension.name)),
    ...WORKSHEET_NODES_WITH_VIEWS,
    WorksheetComments.configure({ controller: setup.comments ?? null }),
    entryGroup,
    WorksheetModeExtension.configure({ mode, readOnly }),
    RoleGuard.configure({
      role: roleForMode(mode),
      readOnly,
      readMeta: () => readMetaRecord(doc),
      confirmAnswerLoss: setup.confirmAnswerLoss ?? confirmWithBrowserDialog,
      onChangeRefused: setup.onChangeRefused ?? (() => undefined),
    }),
    WorksheetNodeById,
    UniqueNodeIds,
    KeepFocusInBlock,
    ...collaborationExtensions(setup),
    ...(mode === 'author'
      ? [
          InsertWorksheetNode,
          MoveWorksheetNode.configure({
            otherCarets: (state) => otherPeoplesCarets(state, setup.awareness),
            onMoveRefused: (message) => setup.onChangeRefused?.({ reason: 'someone-writing', message }),
          }),
          SlashMenu,
        ]
      : [SelectAnswer]),
  ];
}
