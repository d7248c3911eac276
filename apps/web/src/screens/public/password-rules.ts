import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@interlude/schema/api';
import type { RegisterOptions } from 'react-hook-form';

/** The password rule the server enforces (from the shared schema), checked early so people learn it before they submit. */
export const MIN_PASSWORD_LENGTH = PASSWORD_MIN_LENGTH;

export const passwordRules = {
  required: 'Choose a password.',
  minLength: { value: PASSWORD_MIN_LENGTH, message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` },
  maxLength: { value: PASSWORD_MAX_LENGTH, message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` },
} satisfies RegisterOptions;
