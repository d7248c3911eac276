/**
 * Worksheets kept on this device (IndexedDB, one database per person and worksheet) and a short
 * list, in localStorage, of those holding changes the server has not confirmed yet. Signing out
 * deletes the person's copies, so a shared computer keeps nothing of their homework; the list lets
 * sign-out warn first when that would delete work not yet saved.
 */

const DATABASE_PREFIX = 'interlude:';
const UNSAVED_PREFIX = 'interlude-unsaved:';

export function localCopyName(userId: string, worksheetId: string): string {
  return `${DATABASE_PREFIX}${userId}:${worksheetId}`;
}

type UnsavedList = Record<string, string>;

function readUnsaved(userId: string): UnsavedList {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(UNSAVED_PREFIX + userId) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as UnsavedList) : {};
  } catch {
    return {};
  }
}

function writeUnsaved(userId: string, list: UnsavedList): void {
  try {
    if (Object.keys(list).length === 0) localStorage.removeItem(UNSAVED_PREFIX + userId);
    else localStorage.setItem(UNSAVED_PREFIX + userId, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the warning at sign-out is lost, the work itself is not.
  }
}

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

/**
 * Deletes every local copy of this person's worksheets. A copy still open on the page is deleted as
 * soon as the page lets go of it (IndexedDB queues the deletion), so callers need not wait.
 */
export async function deleteLocalCopies(userId: string): Promise<void> {
  writeUnsaved(userId, {});
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const prefix = `${DATABASE_PREFIX}${userId}:`;
  const databases = await indexedDB.databases();
  for (const { name } of databases) {
    if (name?.startsWith(prefix)) indexedDB.deleteDatabase(name);
  }
}
