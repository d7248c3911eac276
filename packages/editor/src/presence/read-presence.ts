import type { Awareness } from 'y-protocols/awareness';

/** One person shown in the presence list. */
export interface PresentPerson {
  clientId: number;
  id: string;
  name: string;
  color: string;
  isSelf: boolean;
}

interface AwarenessUser {
  id?: unknown;
  name?: unknown;
  color?: unknown;
}

function asPresentPerson(clientId: number, user: AwarenessUser, selfClientId: number | undefined) {
  if (typeof user.name !== 'string' || typeof user.color !== 'string') return null;
  const id = typeof user.id === 'string' ? user.id : `client-${clientId}`;
  return { clientId, id, name: user.name, color: user.color, isSelf: clientId === selfClientId };
}

/**
 * Who is here, from awareness states: one row per person (a person with two tabs open shows once), yourself
 * first, then by name.
 */
export function readPresence(awareness: Awareness, selfClientId = awareness.clientID): PresentPerson[] {
  const byPerson = new Map<string, PresentPerson>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as { user?: AwarenessUser }).user;
    if (!user) continue;
    const person = asPresentPerson(clientId, user, selfClientId);
    if (!person) continue;
    const known = byPerson.get(person.id);
    if (!known || (person.isSelf && !known.isSelf)) byPerson.set(person.id, person);
  }
  return [...byPerson.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name),
  );
}
