import { META_MAP } from '@interlude/schema';
import { judgeWorksheetUpdate } from '@interlude/schema/tiptap';
import type { AdmitUpdate } from '../relay/relay-hooks.js';

/**
 * The relay's enforcement of the worksheet model's roles (docs/decisions/0001-worksheet-model.md §3–4):
 * a client may change only the response part, nobody may change a scored measure's items, and no update may
 * touch a root type outside the worksheet's layout or write to the reserved comments (docs/relay.md R19–R21). The same
 * schema function judges local edits in the editor, so a well-behaved client is never refused.
 * Every worksheet is seeded with a schema version that no edit may remove; a document without one is
 * not a worksheet (tests and benchmarks only) and has no roles to enforce.
 */
export const admitByWorksheetRole: AdmitUpdate = (access, doc, update) => {
  if (typeof doc.getMap(META_MAP).get('schemaVersion') !== 'number') return { accept: true };
  const decision = judgeWorksheetUpdate(access.role, doc, update);
  if (decision.allowed) return { accept: true };
  const reason = decision.message ?? decision.reason ?? 'change not permitted';
  return { accept: false, reason, resync: decision.reason === 'update-incomplete' };
};
