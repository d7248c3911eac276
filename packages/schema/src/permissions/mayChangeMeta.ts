import { jsonEqual } from '../content/jsonEqual.js';
import { type WorksheetMetaKey, worksheetMetaSchema } from '../document/meta.js';
import type { ChangeDenial, MetaRecord } from './changeDecision.js';
import type { Role } from './role.js';
import { LOCKED_META_KEYS, ROLE_PERMISSIONS } from './rolePermissions.js';

export interface MetaChangeVerdict {
  changedMetaKeys: string[];
  denial: ChangeDenial | null;
}

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

/** Why `role` may not give the changed `key` the value it has in `after`, or null when it may. */
function metaKeyDenial(role: Role, key: string, after: MetaRecord): ChangeDenial | null {
  if (LOCKED_META_KEYS.includes(key as WorksheetMetaKey)) {
    return {
      reason: 'meta-key-locked',
      message: `"${key}" is set when the worksheet is created and never changed by an edit.`,
    };
  }
  if (!ROLE_PERMISSIONS[role].metaKeys.includes(key as WorksheetMetaKey)) {
    return { reason: 'meta-key-not-permitted', message: `A ${role} may not change "${key}".` };
  }
  // Removing a key counts too: only optional keys may be absent.
  if (!metaValueIsValid(key, after[key])) {
    return {
      reason: 'meta-value-invalid',
      message: `"${key}" was given a value that does not fit the worksheet model.`,
    };
  }
  return null;
}

/** Whether `role` may turn the `meta` map `before` into `after`: only its own keys, never a locked one, only valid values. */
export function mayChangeMeta(role: Role, before: MetaRecord, after: MetaRecord): MetaChangeVerdict {
  const changedMetaKeys = changedKeys(before, after);
  for (const key of changedMetaKeys) {
    const denial = metaKeyDenial(role, key, after);
    if (denial) return { changedMetaKeys, denial };
  }
  return { changedMetaKeys, denial: null };
}

/** The changed keys `role` may not change as they are in `after` (what a repair puts back). */
export function forbiddenMetaKeys(role: Role, before: MetaRecord, after: MetaRecord): string[] {
  return changedKeys(before, after).filter((key) => metaKeyDenial(role, key, after) !== null);
}
