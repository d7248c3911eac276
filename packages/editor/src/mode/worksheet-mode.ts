import { type Editor, Extension } from '@tiptap/core';

export type WorksheetMode = 'author' | 'respond';

/** The role whose permissions apply in a mode: the therapist authors, the client responds. */
export type WorksheetRole = 'therapist' | 'client';

export function roleForMode(mode: WorksheetMode): WorksheetRole {
  return mode === 'author' ? 'therapist' : 'client';
}

export interface WorksheetModeOptions {
  mode: WorksheetMode;
  readOnly: boolean;
}

/**
 * Carries the mode an editor was created in, so node views and commands can ask it. The editor is recreated
 * when the mode changes, which keeps every plugin's view of the mode consistent.
 */
export const WorksheetModeExtension = Extension.create<WorksheetModeOptions>({
  name: 'worksheetMode',

  addOptions() {
    return { mode: 'respond', readOnly: false };
  },
});

/** The mode of an editor; editors without the extension are treated as respond mode (the safer default). */
export function worksheetModeOf(editor: Editor): WorksheetModeOptions {
  const extension = editor.extensionManager.extensions.find(
    (candidate) => candidate.name === 'worksheetMode',
  );
  const options = extension?.options as Partial<WorksheetModeOptions> | undefined;
  return { mode: options?.mode ?? 'respond', readOnly: options?.readOnly ?? false };
}
