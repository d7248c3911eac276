import { commentOnlyUpdatePermitted, META_MAP, updateStaysInResponses } from '@interlude/schema';
import { judgeWorksheetUpdate } from '@interlude/schema/tiptap';
import type { AdmitUpdate } from '../relay/relay-hooks.js';

/**
 * The relay's enforcement of the worksheet model's roles (docs/decisions/0001-worksheet-model.md §3–4,
 * docs/relay.md R12, R19–R23, R26, R28): a client may change only the response part, nobody may change a scored
 * measure's items, answers hold text only, and nothing is written outside the worksheet's root types or to the
 * reserved comments. What breaks a rule is repaired, the rest of the update kept. The same schema rules judge
 * local edits in the editor, so a well-behaved client never triggers a repair.
 * Every worksheet is seeded with a schema version that no edit may remove; a document without one is
 * not a worksheet (tests and benchmarks only) and has no roles to enforce.
 */
export const admitByWorksheetRole: AdmitUpdate = ({ access, nowMs, doc, update }) => {
  if (typeof doc.getMap(META_MAP).get('schemaVersion') !== 'number') return { accept: true };
  // R26: an answer edit is judged from the update and a few lookups, without copying the document.
  if (updateStaysInResponses(doc, update)) return { accept: true };
  const { userId, role, displayName } = access;
  // R28: so is a comment-only update whose every key passes the comment rules.
  const actor = { userId, role, displayName };
  if (commentOnlyUpdatePermitted({ actor, nowMs, doc, update })) return { accept: true };
  const judged = judgeWorksheetUpdate({ actor, nowMs, doc, update });
  switch (judged.verdict) {
    case 'accept':
      return { accept: true };
    case 'repair':
      return {
        accept: true,
        repair: {
          update: judged.repair,
          clientId: judged.repairClientId,
          repaired: [...new Set(judged.repaired.map((denial) => denial.reason))],
        },
      };
    case 'resync':
      return { accept: false, reason: judged.message, resync: true };
    case 'refuse':
      return { accept: false, reason: judged.message };
  }
};
