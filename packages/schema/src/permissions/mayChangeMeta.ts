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

/** Whether `role` may turn the `meta` map `before` into `after`: only its own keys, never a locked one, only valid values. */
export function mayChangeMeta(role: Role, before: MetaRecord, after: MetaRecord): MetaChangeVerdict {
  const changedMetaKeys = changedKeys(before, after);
  const deny = (reason: ChangeDenial['reason'], message: string) => ({
    changedMetaKeys,
    denial: { reason, message },
  });
  const permissions = ROLE_PERMISSIONS[role];
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
    if (!metaValueIsValid(key, after[key])) {
      return deny('meta-value-invalid', `"${key}" was given a value that does not fit the worksheet model.`);
    }
  }
  return { changedMetaKeys, denial: null };
}
