import type { RefusedChange } from './role-guard.js';

// Said to the person at the keyboard, about what they just tried; other reasons keep the schema's wording.
const MESSAGES: Readonly<Record<string, string>> = {
  'template-not-permitted':
    'The questions and instructions stay as your therapist wrote them. Your answers go in the answer boxes.',
  'measure-locked': 'This questionnaire is scored, so its questions and options stay as published.',
  'read-only': 'This worksheet is read-only.',
  'answers-kept': 'Nothing was removed: the answers are kept.',
};

/** The sentence shown when an edit was not applied. */
export function refusalMessage(refused: RefusedChange): string {
  return MESSAGES[refused.reason] ?? refused.message;
}
