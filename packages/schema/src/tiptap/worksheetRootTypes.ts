import * as Y from 'yjs';
import { checkCommentsChange } from '../comments/checkCommentsChange.js';
import { repairCommentsChange } from '../comments/repairCommentsChange.js';
import { COMMENTS_MAP, CONTENT_FIELD, META_MAP } from '../document/layout.js';
import type { ChangeDenial } from '../permissions/changeDecision.js';
import type { ChangeKind } from '../permissions/classifyChange.js';
import { mayChangeContent } from '../permissions/mayChangeContent.js';
import { forbiddenMetaKeys, mayChangeMeta } from '../permissions/mayChangeMeta.js';
import type { Role } from '../permissions/role.js';
import { restoreMapEntries } from '../yjs/restoreMapEntries.js';
import type { RootLevelItem } from '../yjs/rootsTouchedByUpdate.js';
import type { RootKind } from '../yjs/strayRootItems.js';
import { readMetaRecord } from '../yjs/worksheetMetaMap.js';
import { repairContent } from './repairContent.js';
import { readWorksheetContent } from './worksheetDoc.js';

/** Who made a change: the signed-in person the relay authorised, never what the update claims. */
export interface ChangeActor {
  userId: string;
  role: Role;
  displayName: string;
}

/**
 * A change to one root type: who made it, when the server received it (its Clock), the document as stored,
 * and a scratch copy with the update applied. `check` only reads; `repair` writes to `after` alone.
 */
export interface RootChange {
  actor: ChangeActor;
  nowMs: number;
  before: Y.Doc;
  after: Y.Doc;
}

export interface RootVerdict {
  denial: ChangeDenial | null;
  change?: ChangeKind;
  changedMetaKeys?: string[];
}

export interface WorksheetRootType {
  /** How the layout uses the type; anything else written at its root level is removed by a repair. */
  kind: RootKind;
  /** Judges a change to this root type; runs only when an update touches it. */
  check(change: RootChange): RootVerdict;
  /**
   * Undoes, in `after`, exactly the part of the change `check` refused, keeping the rest; runs inside the
   * judge's repair transaction, only after `check` refused. Afterwards `check` must pass, or the update is
   * refused whole.
   */
  repair(change: RootChange): void;
}

/**
 * Every root type of a worksheet's Y.Doc (decision record 0001, §1) with its checker and its repair. Items in
 * any other root type are removed by a repair. `comments` is judged by the comment rules (docs/comments.md).
 */
export const WORKSHEET_ROOT_TYPES: Readonly<Record<string, WorksheetRootType>> = {
  [CONTENT_FIELD]: {
    kind: 'xml-fragment',
    check: ({ actor, before, after }) =>
      mayChangeContent(
        actor.role,
        readWorksheetContent(before),
        readWorksheetContent(after),
        readMetaRecord(before),
      ),
    repair: ({ before, after }) => repairContent(before, after),
  },
  [META_MAP]: {
    kind: 'map',
    check: ({ actor, before, after }) =>
      mayChangeMeta(actor.role, readMetaRecord(before), readMetaRecord(after)),
    repair: ({ actor, before, after }) =>
      restoreMapEntries(
        META_MAP,
        before,
        after,
        forbiddenMetaKeys(actor.role, readMetaRecord(before), readMetaRecord(after)),
      ),
  },
  [COMMENTS_MAP]: {
    kind: 'map',
    check: (change) => ({ denial: checkCommentsChange(change) }),
    repair: repairCommentsChange,
  },
};

export function isWorksheetRootName(name: string): boolean {
  return Object.hasOwn(WORKSHEET_ROOT_TYPES, name);
}

export function worksheetRootKind(name: string): RootKind | undefined {
  return isWorksheetRootName(name) ? WORKSHEET_ROOT_TYPES[name]!.kind : undefined;
}

/** Whether an item placed directly in a layout root type fits that type: map entries, or the fragment's elements. */
export function fitsRootType({ root, keyed, content }: RootLevelItem): boolean {
  const kind = worksheetRootKind(root);
  if (kind === 'map') return keyed;
  if (kind === 'xml-fragment') {
    const isElement = content instanceof Y.ContentType && content.type instanceof Y.XmlElement;
    return !keyed && (isElement || content instanceof Y.ContentDeleted);
  }
  return false;
}
