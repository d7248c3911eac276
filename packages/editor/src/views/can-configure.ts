import type { NodeViewProps } from '@tiptap/core';
import { worksheetModeOf } from '../mode/worksheet-mode.js';
import { isInsideEntry } from './is-inside-entry.js';

/** Template settings show in author mode only, on editable worksheets, and never on items inside entries. */
export function canConfigure({ editor, getPos }: Pick<NodeViewProps, 'editor' | 'getPos'>): boolean {
  const { mode, readOnly } = worksheetModeOf(editor);
  return mode === 'author' && !readOnly && !isInsideEntry(editor, getPos());
}

/** Answers can be given in either mode (a therapist may fill in alongside the client in session). */
export function canAnswer({ editor }: Pick<NodeViewProps, 'editor'>): boolean {
  return !worksheetModeOf(editor).readOnly && editor.isEditable;
}
