import { type ComponentType, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useCachedMe } from '../api/session';
import { OfflineIndicator, useOnline } from '../offline/OfflineIndicator';

/**
 * Around every screen: the offline line (the worksheet page says it in its own status) and, once
 * someone is signed in, the service worker's registration and its update offer.
 */
export function AppFrame() {
  const signedIn = Boolean(useCachedMe());
  const onWorksheet = useLocation().pathname.startsWith('/worksheets/');
  const ServiceWorkerUpdates = useServiceWorkerUpdates(signedIn);
  return (
    <>
      <Outlet />
      <div className="app-notices">
        {onWorksheet ? null : <OfflineIndicator />}
        {ServiceWorkerUpdates ? <ServiceWorkerUpdates /> : null}
      </div>
    </>
  );
}

/**
 * Loads the registration code once someone is signed in. Not React.lazy: offline before the worker
 * was ever installed the import fails, and that must not take the page down with it.
 */
function useServiceWorkerUpdates(signedIn: boolean): ComponentType | null {
  const [component, setComponent] = useState<ComponentType | null>(null);
  const online = useOnline();
  useEffect(() => {
    if (!signedIn || !online || component || !('serviceWorker' in navigator)) return;
    import('../offline/ServiceWorkerUpdates')
      .then((module) => setComponent(() => module.default))
      // Lost the connection meanwhile: tried again when it is back (`online` changes).
      .catch(() => undefined);
  }, [signedIn, online, component]);
  return component;
}
