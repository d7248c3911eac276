import { useEffect } from 'react';
import { forgetOtherPeople, PresenceList } from './editor-bridge';
import type { WorksheetSession } from './useWorksheetSession';

export interface LivePresenceProps {
  session: WorksheetSession;
  /** No live connection (offline, or closed for good). */
  disconnected: boolean;
}

/**
 * Who is here now. Without a connection, what we last heard about other people is stale, so the list
 * shows only this person and says it is offline rather than claiming someone is still with them, and their
 * cursors are taken off the page.
 */
export function LivePresence({ session, disconnected }: LivePresenceProps) {
  // Their cursors too: left in place they would claim the other person is still typing there.
  useEffect(() => {
    if (disconnected) forgetOtherPeople(session.awareness, session.doc.clientID);
  }, [disconnected, session]);
  if (!disconnected) {
    return <PresenceList awareness={session.awareness} selfClientId={session.doc.clientID} />;
  }
  return (
    <section className="interlude-presence" aria-label="People here now">
      <p className="interlude-presence__empty">Only you — offline, so others cannot be seen</p>
    </section>
  );
}
