import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/** Whether the browser says it is online, as TanStack Query sees it (it pauses queries offline). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => onlineManager.subscribe(onChange),
    () => onlineManager.isOnline(),
  );
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
