import * as random from 'lib0/random';
import * as Y from 'yjs';
import type { ChangeDenial, ChangeDenialReason } from '../permissions/changeDecision.js';
import type { ChangeKind } from '../permissions/classifyChange.js';
import { rootsTouchedByUpdate } from '../yjs/rootsTouchedByUpdate.js';
import { deleteStrayRootItems } from '../yjs/strayRootItems.js';
import {
  type ChangeActor,
  fitsRootType,
  isWorksheetRootName,
  type RootChange,
  type RootVerdict,
  WORKSHEET_ROOT_TYPES,
  type WorksheetRootType,
  worksheetRootKind,
} from './worksheetRootTypes.js';

export interface UpdateToJudge {
  actor: ChangeActor;
  /** The server's Clock when the update arrived. */
  nowMs: number;
  /** The document as stored (plus updates admitted but not yet durable). Read only. */
  doc: Y.Doc;
  update: Uint8Array;
}

/**
 * What becomes of an update. `repair`: the update holds forbidden changes; `repair` is a server-authored Yjs
 * update (client id `repairClientId`, fresh) that, applied after it, undoes exactly those and keeps the rest.
 * `refuse`: a forbidden change the repair could not undo (never expected; the update is then kept apart whole).
 * `resync`: the update builds on changes the server has not received.
 */
export type UpdateJudgement =
  | { verdict: 'accept'; change: ChangeKind; changedMetaKeys: string[] }
  | {
      verdict: 'repair';
      repair: Uint8Array;
      repairClientId: number;
      repaired: ChangeDenial[];
      change: ChangeKind;
      changedMetaKeys: string[];
    }
  | { verdict: 'refuse'; reason: ChangeDenialReason; message: string }
  | { verdict: 'resync'; message: string };

const RESYNC: UpdateJudgement = {
  verdict: 'resync',
  message: 'This change depends on changes the server has not received yet.',
};

// The name comes from the peer and ends up in the audit log: keep it short.
const quoted = (name: string) => JSON.stringify(name.slice(0, 40));

/** A client id no item of `doc` uses, for the server's own repair. */
function freshClientId(doc: Y.Doc): number {
  // Drawn as Yjs draws a document's client id (lib0's crypto-backed random).
  let clientId = random.uint32();
  while (doc.store.clients.has(clientId)) clientId = random.uint32();
  return clientId;
}

const NOT_IN_SCHEMA: ChangeDenial = {
  reason: 'content-not-in-schema',
  message: 'This change held content the worksheet cannot hold.',
};

/** What the layout repair undoes, named from the update itself. */
function layoutDenial(touched: Set<string>, misfit: boolean): ChangeDenial {
  const unknown = [...touched].find((name) => !isWorksheetRootName(name));
  if (unknown !== undefined) {
    return {
      reason: 'unknown-root-type',
      message: `This change wrote to ${quoted(unknown)}, which is not part of a worksheet.`,
    };
  }
  if (!misfit) return NOT_IN_SCHEMA;
  return {
    reason: 'root-type-mismatch',
    message: 'This change stored the wrong kind of data in a part of the worksheet.',
  };
}

/**
 * Judges a Yjs update from a signed-in person before it is stored. The update goes to a scratch copy of the
 * document; each root type it touches is checked by its own checker (`WORKSHEET_ROOT_TYPES`). What a checker
 * refuses is repaired on the scratch copy in one transaction under a fresh client id, together with anything
 * written outside the layout and any node the schema cannot hold (reading drops and deletes those); the
 * repaired copy is checked again. The document itself is not touched.
 */
export function judgeWorksheetUpdate({ actor, nowMs, doc, update }: UpdateToJudge): UpdateJudgement {
  const roots = rootsTouchedByUpdate(doc, update);
  if (roots.incomplete) return RESYNC;
  // The document's own guid: a fresh one would draw a random UUID per judged update.
  const scratch = new Y.Doc({ gc: doc.gc, guid: doc.guid });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(scratch, update);
    if (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) return RESYNC;
    const repairClientId = freshClientId(scratch);
    scratch.clientID = repairClientId;
    // Everything written to the scratch copy from here on is the repair.
    const written: Uint8Array[] = [];
    scratch.on('update', (repairPart: Uint8Array) => written.push(repairPart));
    const repaired: ChangeDenial[] = [];
    const misfit = roots.rootLevelItems.some((item) => !fitsRootType(item));
    if (deleteStrayRootItems(scratch, worksheetRootKind) > 0)
      repaired.push(layoutDenial(roots.touched, misfit));

    const change: RootChange = { actor, nowMs, before: doc, after: scratch };
    const touched = Object.values(
      Object.fromEntries(Object.entries(WORKSHEET_ROOT_TYPES).filter(([name]) => roots.touched.has(name))),
    );
    let verdicts = checkAll(touched, change);
    const refused = verdicts.filter(({ verdict }) => verdict.denial !== null);
    if (refused.length > 0) {
      scratch.transact(() => {
        for (const { rootType } of refused) rootType.repair(change);
      });
      repaired.push(...refused.map(({ verdict }) => verdict.denial!));
      verdicts = checkAll(touched, change);
      const left = verdicts.find(({ verdict }) => verdict.denial !== null);
      if (left) return { verdict: 'refuse', ...left.verdict.denial! };
    }
    const kind = verdicts.reduce<ChangeKind>((kind, { verdict }) => verdict.change ?? kind, 'none');
    const changedMetaKeys = verdicts.reduce<string[]>(
      (keys, { verdict }) => verdict.changedMetaKeys ?? keys,
      [],
    );
    if (written.length === 0) return { verdict: 'accept', change: kind, changedMetaKeys };
    // Reading the copy deletes nodes the schema cannot hold; that deletion is part of the repair too.
    if (repaired.length === 0) repaired.push(NOT_IN_SCHEMA);
    return {
      verdict: 'repair',
      repair: written.length === 1 ? written[0]! : Y.mergeUpdates(written),
      repairClientId,
      repaired,
      change: kind,
      changedMetaKeys,
    };
  } finally {
    scratch.destroy();
  }
}

function checkAll(rootTypes: WorksheetRootType[], change: RootChange) {
  return rootTypes.map((rootType) => ({ rootType, verdict: rootType.check(change) as RootVerdict }));
}
