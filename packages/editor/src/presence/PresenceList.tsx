import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from './use-presence.js';

export interface PresenceListProps {
  awareness: Awareness | null;
  selfClientId?: number;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** Who is working on this worksheet right now, each in the colour of their caret. */
export function PresenceList({ awareness, selfClientId }: PresenceListProps) {
  const people = usePresence(awareness, selfClientId);
  return (
    <section className="interlude-presence" aria-label="People here now">
      {people.length === 0 ? (
        <p className="interlude-presence__empty">Only you</p>
      ) : (
        <ul className="interlude-presence__list">
          {people.map((person) => (
            <li key={person.id} className="interlude-presence__person">
              <span
                className="interlude-presence__avatar"
                style={{ backgroundColor: person.color }}
                aria-hidden="true"
              >
                {initials(person.name)}
              </span>
              <span className="interlude-presence__name">
                {person.name}
                {person.isSelf ? ' (you)' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
