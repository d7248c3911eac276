import { useEffect, useState } from 'react';
import { syncStatusText } from '../../local/sync-status';
import { type ConnectionState, linkNote, type ShownStatus, shownStatus } from './connection-state';

const texts: Record<ShownStatus, string> = { ...syncStatusText, 'read-only': 'Read-only' };

/**
 * A quiet, always-visible line: the sync status (docs/offline-data.md) and, when it is not simply
 * online, the connection. `data-state` (the status) and `data-link` are for tests. Screen readers are
 * told only what matters (going offline, everything saved again), not every "Sending…" while typing.
 */
export function ConnectionStatus({ state, readOnly }: { state: ConnectionState; readOnly: boolean }) {
  const shown = shownStatus(state, readOnly);
  const note = linkNote(state.link, state.closed !== null);
  const announcement = useAnnouncement(shown, state.link === 'offline');
  return (
    <>
      <p className={`connection connection--${shown}`} data-state={shown} data-link={state.link}>
        <span className="connection__dot" aria-hidden="true" />
        {texts[shown]}
        {note ? <span className="connection__link"> · {note}</span> : null}
      </p>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </>
  );
}

function useAnnouncement(shown: ShownStatus, offline: boolean): string {
  const [wasOffline, setWasOffline] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (offline) {
      setWasOffline(true);
      setAnnouncement(`Offline. ${texts[shown]}.`);
    } else if (shown === 'all-saved' && wasOffline) {
      setWasOffline(false);
      setAnnouncement('Back online. All saved.');
    }
  }, [shown, offline, wasOffline]);
  return announcement;
}
