import type { Role } from '../api/types';

/** Where each role starts. */
export function homePathFor(role: Role): string {
  return role === 'therapist' ? '/clients' : '/homework';
}

/**
 * The `next` parameter after sign-in, accepted only as a path on this site (never `//host` or a
 * full URL), so a crafted link cannot send someone elsewhere after they sign in.
 */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
