import { jsonEqual } from '../content/jsonEqual.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { type WorksheetMetaKey, worksheetMetaSchema } from '../document/meta.js';
import { type ChangeKind, classifyChange } from './classifyChange.js';
import { measureItemTemplates } from './measureItems.js';
import type { Role } from './role.js';
import { LOCKED_META_KEYS, ROLE_PERMISSIONS } from './rolePermissions.js';

export type ChangeDenialReason =
  | 'template-not-permitted'
  | 'response-not-permitted'
  | 'measure-locked'
  | 'meta-key-locked'
  | 'meta-key-not-permitted'
  | 'meta-value-invalid'
  // Only from judgeWorksheetUpdate: a Yjs update that cannot be applied yet.
  | 'update-incomplete';

export type ChangeDecision =
  | { allowed: true; change: ChangeKind; changedMetaKeys: string[] }
  | {
      allowed: false;
      change: ChangeKind;
      changedMetaKeys: string[];
      reason: ChangeDenialReason;
      message: string;
    };

type MetaRecord = Readonly<Record<string, unknown>>;

function changedKeys(before: MetaRecord, after: MetaRecord): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !jsonEqual(before[key], after[key])).sort();
}

function metaValueIsValid(key: string, value: unknown): boolean {
  const shape = worksheetMetaSchema.shape as Record<
    string,
    { safeParse(value: unknown): { success: boolean } }
  >;
  return shape[key]?.safeParse(value).success ?? false;
}

/**
 * Whether `role` may turn the document `before` into `after` (content as schema JSON, meta as the `meta` map's
 * JSON; omitted meta means unchanged). The editor's guard and the relay's enforcement both call this, so a
 * change is judged the same on the device and on the server.
 */
export function mayApplyChange(
  role: Role,
  before: WorksheetJSON,
  after: WorksheetJSON,
  metaBefore: MetaRecord = {},
  metaAfter: MetaRecord = metaBefore,
): ChangeDecision {
  const change = classifyChange(before, after);
  const changedMetaKeys = changedKeys(metaBefore, metaAfter);
  const deny = (reason: ChangeDenialReason, message: string): ChangeDecision => ({
    allowed: false,
    change,
    changedMetaKeys,
    reason,
    message,
  });
  const permissions = ROLE_PERMISSIONS[role];

  if (change === 'template') {
    if (!jsonEqual(measureItemTemplates(before), measureItemTemplates(after))) {
      return deny(
        'measure-locked',
        'Items of a scored measure cannot be changed: the score would no longer hold.',
      );
    }
    if (metaBefore.measure !== undefined) {
      return deny(
        'measure-locked',
        'A scored measure is assigned as published; its wording cannot be changed.',
      );
    }
    if (!permissions.template) {
      return deny(
        'template-not-permitted',
        `A ${role} may answer the worksheet but not change its questions.`,
      );
    }
  }
  if (change === 'response' && !permissions.response) {
    return deny('response-not-permitted', `A ${role} may not change answers.`);
  }
  for (const key of changedMetaKeys) {
    if (LOCKED_META_KEYS.includes(key as WorksheetMetaKey)) {
      return deny(
        'meta-key-locked',
        `"${key}" is set when the worksheet is created and never changed by an edit.`,
      );
    }
    if (!permissions.metaKeys.includes(key as WorksheetMetaKey)) {
      return deny('meta-key-not-permitted', `A ${role} may not change "${key}".`);
    }
    // Removing a key counts too: only optional keys may be absent.
    if (!metaValueIsValid(key, metaAfter[key])) {
      return deny('meta-value-invalid', `"${key}" was given a value that does not fit the worksheet model.`);
    }
  }
  return { allowed: true, change, changedMetaKeys };
}
