/**
 * Worksheets kept on this device (IndexedDB, one database per person and worksheet) and two short
 * lists in localStorage, per person: the worksheets whose copy is on the device (opened or
 * prefetched), and those holding changes the server has not confirmed yet (their pending state,
 * which the homework list shows and background sync works through). Signing out deletes the person's
 * copies, so a shared computer keeps nothing of their homework; the unsaved list lets sign-out warn
 * first when that would delete work not yet saved.
 */

const DATABASE_PREFIX = 'interlude:';
const UNSAVED_PREFIX = 'interlude-unsaved:';
const COPIES_PREFIX = 'interlude-copies:';
const VERSIONS_PREFIX = 'interlude-versions:';
/** Fired on window when either list changes in this tab (other tabs hear the 'storage' event). */
export const LOCAL_COPIES_CHANGED = 'interlude-local-copies-changed';
/** Fired on window (detail: the user id) just before a person's copies are deleted: background work stops. */
export const LOCAL_COPIES_DELETING = 'interlude-local-copies-deleting';

export function localCopyName(userId: string, worksheetId: string): string {
  return `${DATABASE_PREFIX}${userId}:${worksheetId}`;
}

/** Worksheet id → title. */
type WorksheetList = Record<string, string>;

function readList(key: string): WorksheetList {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as WorksheetList) : {};
  } catch {
    return {};
  }
}

function writeList(key: string, list: WorksheetList): void {
  try {
    if (Object.keys(list).length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the warning at sign-out and the list's status are lost, the work is not.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(LOCAL_COPIES_CHANGED));
}

const readUnsaved = (userId: string) => readList(UNSAVED_PREFIX + userId);
const writeUnsaved = (userId: string, list: WorksheetList) => writeList(UNSAVED_PREFIX + userId, list);

export function markUnsaved(userId: string, worksheetId: string, title: string): void {
  const list = readUnsaved(userId);
  if (list[worksheetId] === title) return;
  writeUnsaved(userId, { ...list, [worksheetId]: title });
}

export function markSaved(userId: string, worksheetId: string): void {
  const list = readUnsaved(userId);
  if (!(worksheetId in list)) return;
  const { [worksheetId]: _saved, ...rest } = list;
  writeUnsaved(userId, rest);
}

/** Titles of this person's worksheets with changes that only this device has. */
export function unsavedWorksheetTitles(userId: string): string[] {
  return Object.values(readUnsaved(userId));
}

/** Whether this worksheet's copy holds changes the server has not confirmed (persisted, survives restarts). */
export function hasUnsavedChanges(userId: string, worksheetId: string): boolean {
  return worksheetId in readUnsaved(userId);
}

/** Ids of this person's worksheets with changes only this device has, for background sync. */
export function unsavedWorksheetIds(userId: string): string[] {
  return Object.keys(readUnsaved(userId));
}

/** Notes that this worksheet's copy is on the device (opened, or prefetched for offline use). */
export function markCopyKept(userId: string, worksheetId: string, title: string): void {
  const list = readList(COPIES_PREFIX + userId);
  if (list[worksheetId] === title) return;
  writeList(COPIES_PREFIX + userId, { ...list, [worksheetId]: title });
}

export function hasLocalCopy(userId: string, worksheetId: string): boolean {
  return worksheetId in readList(COPIES_PREFIX + userId);
}

/** The server's `ETag` for the state last merged into this copy by a prefetch (asked with If-None-Match). */
export function servedVersion(userId: string, worksheetId: string): string | undefined {
  return hasLocalCopy(userId, worksheetId) ? readList(VERSIONS_PREFIX + userId)[worksheetId] : undefined;
}

export function rememberServedVersion(userId: string, worksheetId: string, etag: string): void {
  const list = readList(VERSIONS_PREFIX + userId);
  if (list[worksheetId] === etag) return;
  writeList(VERSIONS_PREFIX + userId, { ...list, [worksheetId]: etag });
}

/** Ids of the worksheets this person has on the device (a therapist's prefetch refreshes these). */
export function keptCopyIds(userId: string): string[] {
  return Object.keys(readList(COPIES_PREFIX + userId));
}

/**
 * Deletes every local copy of this person's worksheets. A copy still open on the page is deleted as
 * soon as the page lets go of it (IndexedDB queues the deletion), so callers need not wait.
 */
export async function deleteLocalCopies(userId: string): Promise<void> {
  if (typeof window !== 'undefined') {
    window.dispatchEvent(new CustomEvent(LOCAL_COPIES_DELETING, { detail: userId }));
  }
  writeUnsaved(userId, {});
  writeList(COPIES_PREFIX + userId, {});
  writeList(VERSIONS_PREFIX + userId, {});
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const prefix = `${DATABASE_PREFIX}${userId}:`;
  const databases = await indexedDB.databases();
  for (const { name } of databases) {
    if (name?.startsWith(prefix)) indexedDB.deleteDatabase(name);
  }
}
