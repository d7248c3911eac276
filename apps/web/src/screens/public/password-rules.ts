import type { RegisterOptions } from 'react-hook-form';

/** The password rule the server enforces, checked early so people learn it before they submit. */
export const MIN_PASSWORD_LENGTH = 10;

export const passwordRules = {
  required: 'Choose a password.',
  minLength: { value: MIN_PASSWORD_LENGTH, message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` },
} satisfies RegisterOptions;
