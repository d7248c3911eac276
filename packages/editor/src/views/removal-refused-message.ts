import { refusalMessage } from '../role-guard/refusal-message.js';
import type { RefusedChange } from '../role-guard/role-guard.js';

// What happened and what the therapist can do about it, said beside the block's remove button.
const MESSAGES: Readonly<Record<string, string>> = {
  'answers-kept':
    'Not removed: it holds the client’s answers. To remove it anyway, press ✕ again and confirm; the answers are deleted with it.',
  'measure-locked':
    'Not removed: this questionnaire is scored, so its questions stay as published. Assign a separate worksheet for other questions.',
};

/** The explanation shown beside a block whose removal was refused. */
export function removalRefusedMessage(refused: RefusedChange | null | undefined): string {
  if (!refused) return 'Not removed.';
  return MESSAGES[refused.reason] ?? `Not removed. ${refusalMessage(refused)}`;
}
