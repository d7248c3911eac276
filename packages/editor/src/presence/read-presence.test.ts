import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readPresence } from './read-presence.js';

function connectedAwareness(): Awareness {
  return new Awareness(new Y.Doc());
}

function share(from: Awareness, to: Awareness) {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'test');
}

describe('readPresence', () => {
  it('lists everyone with a user state, yourself first and the others by name', () => {
    const self = connectedAwareness();
    const zoe = connectedAwareness();
    const ada = connectedAwareness();
    self.setLocalStateField('user', { id: 'me', name: 'Mia', color: '#1f6feb' });
    zoe.setLocalStateField('user', { id: 'zoe', name: 'Zoe', color: '#b3261e' });
    ada.setLocalStateField('user', { id: 'ada', name: 'Ada', color: '#1b7f3b' });
    share(zoe, self);
    share(ada, self);

    expect(readPresence(self).map((person) => [person.name, person.isSelf])).toEqual([
      ['Mia', true],
      ['Ada', false],
      ['Zoe', false],
    ]);
  });

  it('shows a person with two tabs open once, and skips states without a user', () => {
    const self = connectedAwareness();
    const firstTab = connectedAwareness();
    const secondTab = connectedAwareness();
    const anonymous = connectedAwareness();
    self.setLocalStateField('user', { id: 'me', name: 'Mia', color: '#1f6feb' });
    firstTab.setLocalStateField('user', { id: 'sam', name: 'Sam', color: '#8250df' });
    secondTab.setLocalStateField('user', { id: 'sam', name: 'Sam', color: '#8250df' });
    anonymous.setLocalStateField('cursor', null);
    for (const other of [firstTab, secondTab, anonymous]) share(other, self);

    expect(readPresence(self).map((person) => person.id)).toEqual(['me', 'sam']);
  });

  it('drops a person who left', () => {
    const self = connectedAwareness();
    const other = connectedAwareness();
    self.setLocalStateField('user', { id: 'me', name: 'Mia', color: '#1f6feb' });
    other.setLocalStateField('user', { id: 'sam', name: 'Sam', color: '#8250df' });
    share(other, self);
    other.setLocalState(null);
    share(other, self);

    expect(readPresence(self).map((person) => person.id)).toEqual(['me']);
  });
});
