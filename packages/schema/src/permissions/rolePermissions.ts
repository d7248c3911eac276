import type { WorksheetMetaKey } from '../document/meta.js';
import type { Role } from './role.js';

/** What each role may change (decision record 0001, §4). Checked by `mayApplyChange`. */
export interface RolePermissions {
  /** Instructions, questions, scales' settings, which nodes exist and in what order. */
  readonly template: boolean;
  /** Answers: prompt content, entries, `value`/`checked`/`progress`/`date`. */
  readonly response: boolean;
  /** Keys of the `meta` map the role may set or remove. */
  readonly metaKeys: readonly WorksheetMetaKey[];
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, RolePermissions>> = {
  // The therapist may answer too, working alongside the client in session.
  therapist: { template: true, response: true, metaKeys: ['title', 'kind', 'templateId', 'templateVersion'] },
  // Handing in is the client's act, written by their device so it works offline.
  client: { template: false, response: true, metaKeys: ['handedInAt'] },
};

/**
 * Meta keys nobody changes through an edit: `schemaVersion` moves only when the server migrates a document;
 * `measure` fixes how the worksheet is scored.
 */
export const LOCKED_META_KEYS: readonly WorksheetMetaKey[] = ['schemaVersion', 'measure'];
