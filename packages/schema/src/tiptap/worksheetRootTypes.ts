import * as Y from 'yjs';
import { COMMENTS_MAP, CONTENT_FIELD, META_MAP } from '../document/layout.js';
import type { ChangeDenial } from '../permissions/changeDecision.js';
import type { ChangeKind } from '../permissions/classifyChange.js';
import { mayChangeComments } from '../permissions/mayChangeComments.js';
import { mayChangeContent } from '../permissions/mayChangeContent.js';
import { mayChangeMeta } from '../permissions/mayChangeMeta.js';
import type { Role } from '../permissions/role.js';
import type { RootLevelItem } from '../yjs/rootsTouchedByUpdate.js';
import { readMetaRecord } from '../yjs/worksheetMetaMap.js';
import { readWorksheetContent } from './worksheetDoc.js';

/** A change to one root type: the document as stored and a scratch copy with the update applied (read only). */
export interface RootChange {
  role: Role;
  before: Y.Doc;
  after: Y.Doc;
}

export interface RootVerdict {
  denial: ChangeDenial | null;
  change?: ChangeKind;
  changedMetaKeys?: string[];
}

export interface WorksheetRootType {
  /** How the layout uses the type; an update that uses the name as another type is refused. */
  kind: 'xml-fragment' | 'map';
  /** Judges a change to this root type; runs only when an update touches it. */
  check(change: RootChange): RootVerdict;
}

/**
 * Every root type of a worksheet's Y.Doc (decision record 0001, §1) with its checker. An update that touches any
 * other root type is refused. To open a root type to edits (the comments feature), replace its checker here.
 */
export const WORKSHEET_ROOT_TYPES: Readonly<Record<string, WorksheetRootType>> = {
  [CONTENT_FIELD]: {
    kind: 'xml-fragment',
    check: ({ role, before, after }) =>
      mayChangeContent(
        role,
        readWorksheetContent(before),
        readWorksheetContent(after),
        readMetaRecord(before),
      ),
  },
  [META_MAP]: {
    kind: 'map',
    check: ({ role, before, after }) => mayChangeMeta(role, readMetaRecord(before), readMetaRecord(after)),
  },
  [COMMENTS_MAP]: { kind: 'map', check: () => ({ denial: mayChangeComments() }) },
};

export function isWorksheetRootName(name: string): boolean {
  return Object.hasOwn(WORKSHEET_ROOT_TYPES, name);
}

/** Whether an item placed directly in a layout root type fits that type: map entries, or the fragment's elements. */
export function fitsRootType({ root, keyed, content }: RootLevelItem): boolean {
  const kind = WORKSHEET_ROOT_TYPES[root]?.kind;
  if (kind === 'map') return keyed;
  if (kind === 'xml-fragment') {
    const isElement = content instanceof Y.ContentType && content.type instanceof Y.XmlElement;
    return !keyed && (isElement || content instanceof Y.ContentDeleted);
  }
  return false;
}
