import { markCopyKept, rememberServedVersion, servedVersion } from '../local-copies';
import { mergeIntoLocalCopy } from './merge-into-local-copy';

/**
 * - `merged`: the server's state is in the device's copy;
 * - `unchanged`: the copy already holds the server's state (304 to the ETag of the last merge);
 * - `gone`: not this person's any more, or never was (404/403): the copy, if any, is left as it is;
 * - `signed-out`: the session ended (401): the app asks the person to sign in, the copy stays;
 * - `unreachable`: no network or a server error: tried again on the next run;
 * - `stopped`: the run was stopped (signing out).
 */
export type PrefetchOutcome = 'merged' | 'unchanged' | 'gone' | 'signed-out' | 'unreachable' | 'stopped';

/** Downloads one worksheet (GET /api/worksheets/:id/state) and merges it into the device's copy. */
export async function prefetchWorksheet(
  userId: string,
  worksheet: { id: string; title: string },
  stillWanted: () => boolean,
): Promise<PrefetchOutcome> {
  let response: Response;
  const known = servedVersion(userId, worksheet.id);
  try {
    response = await fetch(`/api/worksheets/${encodeURIComponent(worksheet.id)}/state`, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: known ? { 'if-none-match': known } : {},
    });
  } catch {
    return 'unreachable';
  }
  if (response.status === 304) return 'unchanged';
  if (response.status === 401) return 'signed-out';
  if (response.status === 403 || response.status === 404) return 'gone';
  if (!response.ok) return 'unreachable';
  const state = new Uint8Array(await response.arrayBuffer());
  if (!(await mergeIntoLocalCopy(userId, worksheet.id, state, stillWanted))) return 'stopped';
  if (!stillWanted()) return 'stopped';
  markCopyKept(userId, worksheet.id, worksheet.title);
  const etag = response.headers.get('etag');
  if (etag) rememberServedVersion(userId, worksheet.id, etag);
  return 'merged';
}
