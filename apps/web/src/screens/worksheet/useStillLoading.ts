import { useState } from 'react';
import type * as Y from 'yjs';
import type { LinkState } from '../../local/sync/worksheet-replica';

/**
 * Whether the open document is still filling in: until the device's copy is loaded and the first sync with
 * the relay is done (or there is no relay to sync with: offline, or the connection closed). Once done it
 * stays done for that document, so later reconnects bring news, not a reload.
 */
export function useStillLoading(
  doc: Y.Doc | null,
  loaded: boolean,
  link: LinkState,
  closed: boolean,
): boolean {
  const [doneFor, setDoneFor] = useState<Y.Doc | null>(null);
  const settled = loaded && (link === 'online' || link === 'offline' || closed);
  if (doc && settled && doneFor !== doc) setDoneFor(doc);
  return doc === null || (doneFor !== doc && !settled);
}
