import type { WorksheetJSON } from '../content/worksheetJSON.js';
import type { ChangeDecision, MetaRecord } from './changeDecision.js';
import { mayChangeContent } from './mayChangeContent.js';
import { mayChangeMeta } from './mayChangeMeta.js';
import type { Role } from './role.js';

export type { ChangeDecision, ChangeDenialReason } from './changeDecision.js';

/**
 * Whether `role` may turn the document `before` into `after` (content as schema JSON, meta as the `meta` map's
 * JSON; omitted meta means unchanged). The editor's guard calls this; the relay's judge runs the same content and
 * meta rules through its table of root checkers, so a change is judged the same on the device and on the server.
 */
export function mayApplyChange(
  role: Role,
  before: WorksheetJSON,
  after: WorksheetJSON,
  metaBefore: MetaRecord = {},
  metaAfter: MetaRecord = metaBefore,
): ChangeDecision {
  const { change, denial: contentDenial } = mayChangeContent(role, before, after, metaBefore);
  const { changedMetaKeys, denial: metaDenial } = mayChangeMeta(role, metaBefore, metaAfter);
  const denial = contentDenial ?? metaDenial;
  if (denial) return { allowed: false, change, changedMetaKeys, ...denial };
  return { allowed: true, change, changedMetaKeys };
}
