import { z } from 'zod';

/** Field rules that the server enforces and the web app's forms check before sending. */
export const EmailField = z.email().max(254).meta({ example: 'therapist@example.org' });

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export const NewPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`)
  .meta({ example: 'a long passphrase' });

export const DisplayNameField = z.string().trim().min(1, 'Enter a name').max(100);
