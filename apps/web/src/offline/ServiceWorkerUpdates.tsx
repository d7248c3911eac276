import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateOffer } from './UpdateOffer';

/**
 * Registers the service worker (precaching the whole app for offline use) and offers each new
 * version it finds. Loaded only once someone is signed in, so a first, signed-out visit downloads
 * neither this code nor the precache.
 */
export default function ServiceWorkerUpdates() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (registration) checkForUpdatesWhenBack(registration);
    },
  });
  if (!needRefresh) return null;
  return (
    <UpdateOffer onReload={() => void updateServiceWorker(true)} onLater={() => setNeedRefresh(false)} />
  );
}

/**
 * Asks the server for a newer worker when the connection or the tab comes back: an installed app
 * left open for days would otherwise look only at its next navigation.
 */
function checkForUpdatesWhenBack(registration: ServiceWorkerRegistration): void {
  const check = () => {
    if (navigator.onLine) registration.update().catch(() => undefined);
  };
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
