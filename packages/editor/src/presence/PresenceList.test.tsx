import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PresenceList } from './PresenceList.js';

afterEach(cleanup);

describe('PresenceList', () => {
  it('names who is here and follows arrivals', () => {
    const self = new Awareness(new Y.Doc());
    self.setLocalStateField('user', { id: 'me', name: 'Mia Lund', color: '#1f6feb' });
    render(<PresenceList awareness={self} />);
    expect(screen.getByRole('region', { name: 'People here now' }).textContent).toContain('Mia Lund (you)');

    const other = new Awareness(new Y.Doc());
    other.setLocalStateField('user', { id: 'sam', name: 'Sam Okafor', color: '#8250df' });
    act(() => applyAwarenessUpdate(self, encodeAwarenessUpdate(other, [other.clientID]), 'test'));

    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'MLMia Lund (you)',
      'SOSam Okafor',
    ]);
  });

  it('says only you when not connected', () => {
    render(<PresenceList awareness={null} />);
    expect(screen.getByText('Only you')).toBeTruthy();
  });
});
