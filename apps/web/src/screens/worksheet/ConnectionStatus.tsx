import type { ConnectionState } from './connection-state';

const texts: Record<Exclude<ConnectionState['kind'], 'closed'>, string> = {
  connecting: 'Connecting…',
  syncing: 'Syncing…',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Offline — changes kept on this device',
  'read-only': 'Read-only',
};

/** A quiet, always-visible line about the connection; a live region so changes are announced. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  if (state.kind === 'closed') return null;
  return (
    <p className={`connection connection--${state.kind}`} role="status" data-state={state.kind}>
      <span className="connection__dot" aria-hidden="true" />
      {texts[state.kind]}
    </p>
  );
}
