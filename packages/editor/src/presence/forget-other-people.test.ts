import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { forgetOtherPeople } from './forget-other-people.js';

describe('forgetOtherPeople', () => {
  it("removes everyone else's state and keeps this person's", () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    mine.setLocalStateField('user', { name: 'Sam' });
    theirs.setLocalStateField('user', { name: 'Dr Ada' });
    mine.states.set(theirs.clientID, theirs.getLocalState()!);
    forgetOtherPeople(mine, mine.clientID);
    expect([...mine.getStates().keys()]).toEqual([mine.clientID]);
  });
});
