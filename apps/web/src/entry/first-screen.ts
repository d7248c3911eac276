import type { Me } from '../api/types';
import { homePathFor, safeNextPath } from '../auth/home-path';

/**
 * Whether the first page may be the light, standalone sign-in form, which the entry decides before
 * loading the app. Only for the sign-in route and "/" (which leads there when signed out), and only
 * when nobody's session is kept on this device: a kept session, online or offline, opens the full app
 * at once from what the device has (docs/offline.md, O6 and O8).
 */
export function mayShowStandaloneSignIn(pathname: string, keptUserId: string | null): boolean {
  return keptUserId === null && (pathname === '/' || pathname === '/sign-in');
}

/** Where a person goes once signed in: the `next` they were on their way to, or their start screen. */
export function pathOnceSignedIn(me: Me, search: string): string {
  return safeNextPath(new URLSearchParams(search).get('next')) ?? homePathFor(me.user.role);
}
