import type { NodeViewProps } from '@tiptap/core';
import type { RoleGuardOptions } from '../role-guard/role-guard.js';

/** Shown in place of move and remove on a scored measure's blocks. */
export const MEASURE_LOCK_REASON = 'Scored questionnaire items cannot be moved or removed.';

/**
 * Whether the schema's permission rules would refuse any template change to this block because of a scored
 * measure: it is a measure item (a `choice` with a `measureId`), or the whole worksheet is a measure
 * (`meta.measure`). Showing move and remove there would only offer buttons that silently do nothing.
 */
export function isMeasureLocked({ editor, node }: Pick<NodeViewProps, 'editor' | 'node'>): boolean {
  if (node.type.name === 'choice' && node.attrs.measureId) return true;
  return readMetaOf(editor).measure !== undefined;
}

/** The meta map as the role guard reads it (the same source its `mayApplyChange` check uses). */
function readMetaOf(editor: NodeViewProps['editor']): Readonly<Record<string, unknown>> {
  const guard = editor.extensionManager.extensions.find(
    (candidate) => candidate.name === 'worksheetRoleGuard',
  );
  const options = guard?.options as Partial<RoleGuardOptions> | undefined;
  return options?.readMeta?.() ?? {};
}
