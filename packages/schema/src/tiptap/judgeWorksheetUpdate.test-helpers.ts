import type * as Y from 'yjs';
import type { Role } from '../permissions/role.js';
import { judgeWorksheetUpdate, type UpdateJudgement } from './judgeWorksheetUpdate.js';

/** Judges `update` as sent by a signed-in person of `role`, at time 0. */
export function judge(role: Role, doc: Y.Doc, update: Uint8Array): UpdateJudgement {
  return judgeWorksheetUpdate({
    actor: { userId: `${role}-1`, role, displayName: role },
    nowMs: 0,
    doc,
    update,
  });
}
