import { useEffect, useRef, useState } from 'react';
import { useWorksheets } from '../api/worksheets';
import { useSignedInMe } from '../auth/signed-in';
import { keptCopyIds } from './local-copies';

/**
 * Keeps the signed-in person's worksheets on this device whenever the app is online: after sign-in,
 * on coming back online, and when their worksheet list changes. A client gets every worksheet they can
 * open; a therapist the ones they opened here. Renders nothing; the work (and Yjs) loads lazily, so
 * the pages every visit loads stay light.
 */
export function OfflineSync() {
  const me = useSignedInMe();
  const worksheets = useWorksheets();
  const online = useBrowserOnline();
  const userId = me.user.id;
  const isClient = me.user.role === 'client';
  const list = worksheets.data;
  const handledComebacks = useRef(0);

  useEffect(() => {
    if (!online.now || !list) return;
    let cancelled = false;
    void import('./sync/offline-sync-runner').then(({ offlineSyncRunnerFor }) => {
      if (cancelled) return;
      const kept = new Set(keptCopyIds(userId));
      const cameBackOnline = online.cameBack > handledComebacks.current;
      handledComebacks.current = online.cameBack;
      offlineSyncRunnerFor(userId).request(
        {
          worksheets: list.map(({ id, title, readOnly }) => ({ id, title, readOnly })),
          prefetch: (worksheet) => isClient || kept.has(worksheet.id),
        },
        cameBackOnline,
      );
    });
    return () => {
      cancelled = true;
    };
  }, [online.now, online.cameBack, list, userId, isClient]);

  return null;
}

/** Whether the browser says it is online, and how many times it came back online (a fresh run each time). */
function useBrowserOnline(): { now: boolean; cameBack: number } {
  const [state, setState] = useState({ now: navigator.onLine, cameBack: 0 });
  useEffect(() => {
    const onOnline = () => setState((previous) => ({ now: true, cameBack: previous.cameBack + 1 }));
    const onOffline = () => setState((previous) => ({ ...previous, now: false }));
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, []);
  return state;
}
