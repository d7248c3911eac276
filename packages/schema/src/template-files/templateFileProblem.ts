/** Why a template file cannot be imported, in words a therapist can act on. */
export type TemplateFileProblemCode =
  | 'too-large'
  | 'not-json'
  | 'not-a-template-file'
  | 'newer-format'
  | 'unknown-format-version'
  | 'too-many-blocks'
  | 'nested-too-deep'
  | 'invalid-details'
  | 'unknown-block'
  | 'unknown-formatting'
  | 'invalid-structure'
  | 'invalid-settings';

export interface TemplateFileProblem {
  code: TemplateFileProblemCode;
  message: string;
}

export const problem = (code: TemplateFileProblemCode, message: string): TemplateFileProblem => ({
  code,
  message,
});
