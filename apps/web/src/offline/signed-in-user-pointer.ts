/**
 * Who was signed in on this browser last, so a reload offline can restore that person's answers
 * before the server can be asked. Only an id: the answers themselves are in IndexedDB.
 */
const POINTER_KEY = 'interlude-signed-in-user';

export function lastSignedInUserId(): string | null {
  try {
    return localStorage.getItem(POINTER_KEY);
  } catch {
    return null;
  }
}

export function rememberSignedInUser(userId: string): void {
  try {
    localStorage.setItem(POINTER_KEY, userId);
  } catch {
    // Storage disabled: the app still works online, it just opens offline signed out.
  }
}

export function forgetSignedInUser(): void {
  try {
    localStorage.removeItem(POINTER_KEY);
  } catch {
    // As above.
  }
}
