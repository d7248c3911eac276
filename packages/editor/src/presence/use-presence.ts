import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type PresentPerson, readPresence } from './read-presence.js';

/** The people present, re-read whenever awareness reports someone arriving, leaving or changing. */
export function usePresence(awareness: Awareness | null, selfClientId?: number): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>(() =>
    awareness ? readPresence(awareness, selfClientId) : [],
  );

  useEffect(() => {
    if (!awareness) {
      setPeople([]);
      return;
    }
    const refresh = () => setPeople(readPresence(awareness, selfClientId));
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [awareness, selfClientId]);

  return people;
}
