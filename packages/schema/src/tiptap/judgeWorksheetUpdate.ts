import * as Y from 'yjs';
import type { ChangeDecision, ChangeDenialReason } from '../permissions/changeDecision.js';
import type { ChangeKind } from '../permissions/classifyChange.js';
import type { Role } from '../permissions/role.js';
import { rootsTouchedByUpdate } from '../yjs/rootsTouchedByUpdate.js';
import { fitsRootType, isWorksheetRootName, WORKSHEET_ROOT_TYPES } from './worksheetRootTypes.js';

const refuse = (reason: ChangeDenialReason, message: string): ChangeDecision => ({
  allowed: false,
  change: 'none',
  changedMetaKeys: [],
  reason,
  message,
});

// An update that cannot integrate yet would be judged as no change now and integrate unjudged later, when the
// change it waits for arrives: refuse it, the peer resends everything on its next sync.
const incomplete = () =>
  refuse('update-incomplete', 'This change depends on changes the server has not received yet.');

// The name comes from the peer and ends up in a close reason: keep it short.
const quoted = (name: string) => JSON.stringify(name.slice(0, 40));

/**
 * Judges a Yjs update from a peer with `role` before it is applied. First, from the update alone: it may touch
 * only the worksheet's root types, each used as the type the layout says. Then the update goes to a scratch copy
 * of the document and each root type it touches is judged by its own checker (`WORKSHEET_ROOT_TYPES`); the
 * first refusal wins. The document itself is not touched.
 */
export function judgeWorksheetUpdate(role: Role, ydoc: Y.Doc, update: Uint8Array): ChangeDecision {
  const roots = rootsTouchedByUpdate(ydoc, update);
  const unknown = [...roots.touched].find((name) => !isWorksheetRootName(name));
  if (unknown !== undefined) {
    return refuse(
      'unknown-root-type',
      `This change writes to ${quoted(unknown)}, which is not part of a worksheet.`,
    );
  }
  const misfit = roots.rootLevelItems.find((item) => !fitsRootType(item));
  if (misfit) {
    return refuse(
      'root-type-mismatch',
      `This change stores the wrong kind of data in ${quoted(misfit.root)}.`,
    );
  }
  if (roots.incomplete) return incomplete();

  // The document's own guid: a fresh one would draw a random UUID per judged update.
  const scratch = new Y.Doc({ gc: ydoc.gc, guid: ydoc.guid });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(ydoc));
    Y.applyUpdate(scratch, update);
    if (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) return incomplete();
    let change: ChangeKind = 'none';
    let changedMetaKeys: string[] = [];
    for (const [name, rootType] of Object.entries(WORKSHEET_ROOT_TYPES)) {
      if (!roots.touched.has(name)) continue;
      const verdict = rootType.check({ role, before: ydoc, after: scratch });
      change = verdict.change ?? change;
      changedMetaKeys = verdict.changedMetaKeys ?? changedMetaKeys;
      if (verdict.denial) return { allowed: false, change, changedMetaKeys, ...verdict.denial };
    }
    return { allowed: true, change, changedMetaKeys };
  } finally {
    scratch.destroy();
  }
}
