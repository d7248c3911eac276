import { useRegisterSW } from 'virtual:pwa-register/react';
import { useRef, useState } from 'react';
import { UpdateOffer } from './UpdateOffer';

/**
 * Registers the service worker (precaching the whole app for offline use) and offers each new
 * version it finds. Loaded only once someone is signed in, so a first, signed-out visit downloads
 * neither this code nor the precache.
 */
export default function ServiceWorkerUpdates() {
  const registration = useRef<ServiceWorkerRegistration | null>(null);
  // Another tab applied the new version: this one now runs old code under the new worker, and
  // says so, instead of the library's reload that could land in the middle of a sentence.
  const [appliedElsewhere, setAppliedElsewhere] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
  } = useRegisterSW({
    onRegisteredSW: (_url, registered) => {
      if (!registered) return;
      registration.current = registered;
      checkForUpdatesWhenBack(registered);
    },
    onNeedReload: () => setAppliedElsewhere(true),
  });
  if (!needRefresh && !appliedElsewhere) return null;
  return (
    <UpdateOffer
      onReload={() => applyUpdate(registration.current)}
      onLater={() => {
        setNeedRefresh(false);
        setAppliedElsewhere(false);
      }}
    />
  );
}

/**
 * Lets the waiting worker take over, then reloads into the new version once it controls the page
 * (the library reloads only when this page had a worker when it registered, not on a first visit).
 */
function applyUpdate(registration: ServiceWorkerRegistration | null): void {
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
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
