import type { LinkLookup } from '../people/one-time-link-store.js';
import { ApiError } from './api-error.js';

/** Turns an unusable link into 404 (never existed) or 410 (expired, replaced or already used). */
export function requireValidLink(
  lookup: LinkLookup,
  what: 'invitation' | 'reset link',
): { userId: string; tokenHash: string } {
  switch (lookup.state) {
    case 'valid':
      return lookup;
    case 'missing':
      throw new ApiError(
        404,
        'link-not-found',
        `This ${what} does not exist. Check that the whole link was copied.`,
      );
    case 'expired':
      throw new ApiError(410, 'link-expired', `This ${what} has expired. Ask your therapist for a new one.`);
    case 'used':
      throw new ApiError(
        410,
        'link-used',
        `This ${what} was already used. Sign in, or ask your therapist for a new link.`,
      );
  }
}
