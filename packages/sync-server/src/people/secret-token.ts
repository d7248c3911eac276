import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets we hand out (session cookies, invitation and reset links) are 256 random bits; only their
 * SHA-256 is stored, so a copy of the database does not let anyone sign in or use a link.
 */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
