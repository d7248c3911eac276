import { randomBytes } from 'node:crypto';

/** 16 random bytes (128 bits) in base64url: 22 characters, unguessable, safe in URLs. */
export function newWorksheetId(): string {
  return randomBytes(16).toString('base64url');
}

const worksheetIdPattern = /^[A-Za-z0-9_-]{22}$/;

export function isWorksheetId(value: string): boolean {
  return worksheetIdPattern.test(value);
}
