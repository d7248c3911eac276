import { problem, type TemplateFileProblem } from './templateFileProblem.js';

/**
 * A file over the limit, in the words the reader and the server's upload limit share. `bytes` is unknown when
 * the upload was cut off before its end (no Content-Length).
 */
export function tooLargeProblem(bytes?: number): TemplateFileProblem {
  const size = bytes === undefined ? 'over 1 MB' : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return problem(
    'too-large',
    `This file is ${size}; a template file can be at most 1 MB. A real worksheet is far smaller: check that you picked the right file.`,
  );
}
