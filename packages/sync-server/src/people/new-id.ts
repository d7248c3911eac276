import { randomBytes } from 'node:crypto';

/** A random, URL-safe identifier for rows (not a secret: ids appear in URLs and logs). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
