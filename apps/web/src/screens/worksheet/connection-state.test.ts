import { expect, test } from 'vitest';
import { type ConnectionState, initialConnectionState, linkNote, shownStatus } from './connection-state';

const state = (overrides: Partial<ConnectionState>): ConnectionState => ({
  ...initialConnectionState,
  ...overrides,
});

test('a read-only worksheet never claims to be sending or saved, but says what only this device has', () => {
  expect(shownStatus(state({ status: 'sending' }), true)).toBe('read-only');
  expect(shownStatus(state({ status: 'all-saved' }), true)).toBe('read-only');
  expect(shownStatus(state({ status: 'device-only' }), true)).toBe('device-only');
  expect(shownStatus(state({ status: 'sending' }), false)).toBe('sending');
});

test('the connection is named only when it is not simply online, and not after a final close', () => {
  expect(linkNote('online', false)).toBeNull();
  expect(linkNote('offline', false)).toBe('Offline');
  expect(linkNote('connecting', false)).toBe('Connecting…');
  expect(linkNote('offline', true)).toBeNull();
});
