import { newAnswerIntrusions } from '../content/answerContent.js';
import { jsonEqual } from '../content/jsonEqual.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import type { ChangeDenial, MetaRecord } from './changeDecision.js';
import { type ChangeKind, classifyChange } from './classifyChange.js';
import { measureItemTemplates } from './measureItems.js';
import type { Role } from './role.js';
import { ROLE_PERMISSIONS } from './rolePermissions.js';

export interface ContentChangeVerdict {
  change: ChangeKind;
  denial: ChangeDenial | null;
}

/**
 * Whether `role` may turn the `content` fragment `before` into `after` (schema JSON): a client answers, a
 * therapist also shapes the template, nobody rewords a scored measure, and an answer holds only text blocks.
 * `meta` is read only to know whether the worksheet is a measure.
 */
export function mayChangeContent(
  role: Role,
  before: WorksheetJSON,
  after: WorksheetJSON,
  meta: MetaRecord,
): ContentChangeVerdict {
  const change = classifyChange(before, after);
  const deny = (reason: ChangeDenial['reason'], message: string) => ({ change, denial: { reason, message } });
  const permissions = ROLE_PERMISSIONS[role];
  if (change === 'template') {
    if (!jsonEqual(measureItemTemplates(before), measureItemTemplates(after))) {
      return deny(
        'measure-locked',
        'Items of a scored measure cannot be changed: the score would no longer hold.',
      );
    }
    if (meta.measure !== undefined) {
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
  if (change !== 'none' && newAnswerIntrusions(before, after).length > 0) {
    return deny(
      'answer-content-not-permitted',
      'An answer holds text only: questions, scales and other worksheet parts cannot be placed in it.',
    );
  }
  if (change === 'response' && !permissions.response) {
    return deny('response-not-permitted', `A ${role} may not change answers.`);
  }
  return { change, denial: null };
}
