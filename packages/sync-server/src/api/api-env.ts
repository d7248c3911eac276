import type { SignedIn } from '../people/signed-in-user.js';

/** Per-request values the API's middleware sets for its handlers. */
export type ApiEnv = {
  Variables: {
    /** Undefined when the request carries no live session. */
    signedIn: SignedIn | undefined;
    /** The caller's address, for rate limiting and the audit log. */
    address: string;
  };
};
