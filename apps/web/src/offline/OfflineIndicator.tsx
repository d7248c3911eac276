import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * Whether the browser says it has a network, for what the page shows. Only a hint (the server may
 * still be unreachable): data requests are tried regardless and fall back to what is kept.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}

/**
 * A quiet line while offline: the screens show what this device kept from the last time online.
 * The live region stays in the page, so going offline is announced.
 */
export function OfflineIndicator() {
  const online = useOnline();
  return (
    <div role="status" className="app-notices__status">
      {online ? null : (
        <p className="app-notice app-notice--offline">Offline — showing what this device has</p>
      )}
    </div>
  );
}
