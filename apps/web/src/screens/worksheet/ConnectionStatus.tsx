import { useEffect, useState } from 'react';
import type { ConnectionState } from './connection-state';

type ShownKind = Exclude<ConnectionState['kind'], 'closed'>;

const texts: Record<ShownKind, string> = {
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Offline — changes kept on this device',
  'read-only': 'Read-only',
};

/**
 * A quiet, always-visible line about the connection. Screen readers are told only what matters
 * (going offline, being back and saved), not every "Saving…"/"Saved" flicker while typing.
 */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const announcement = useAnnouncement(state.kind);
  if (state.kind === 'closed') return null;
  return (
    <>
      <p className={`connection connection--${state.kind}`} data-state={state.kind}>
        <span className="connection__dot" aria-hidden="true" />
        {texts[state.kind]}
      </p>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </>
  );
}

function useAnnouncement(kind: ConnectionState['kind']): string {
  const [wasOffline, setWasOffline] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (kind === 'offline') {
      setWasOffline(true);
      setAnnouncement(texts.offline);
    } else if (kind === 'saved' && wasOffline) {
      setWasOffline(false);
      setAnnouncement('Back online. Your changes are saved.');
    }
  }, [kind, wasOffline]);
  return announcement;
}
