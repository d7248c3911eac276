import { expect, test } from 'vitest';
import { type ConnectionFacts, connectionState, withReadOnly } from './connection-state';

const base: ConnectionFacts = {
  status: 'connected',
  lostConnection: false,
  browserOnline: true,
  synced: true,
  saved: true,
  closed: null,
};

test('saved only when connected, synced and everything echoed', () => {
  expect(connectionState(base).kind).toBe('saved');
  expect(connectionState({ ...base, saved: false }).kind).toBe('saving');
  expect(connectionState({ ...base, synced: false }).kind).toBe('syncing');
});

test('connecting the first time, offline after a lost connection or when the browser is offline', () => {
  expect(connectionState({ ...base, status: 'connecting' }).kind).toBe('connecting');
  expect(connectionState({ ...base, status: 'connecting', lostConnection: true }).kind).toBe('offline');
  expect(connectionState({ ...base, status: 'disconnected', lostConnection: true }).kind).toBe('offline');
  expect(connectionState({ ...base, browserOnline: false }).kind).toBe('offline');
});

test('a final close wins over everything', () => {
  expect(connectionState({ ...base, closed: { code: 4404, reason: 'gone' } })).toEqual({
    kind: 'closed',
    code: 4404,
    reason: 'gone',
  });
});

test('a read-only worksheet never claims to be saving or saved', () => {
  expect(withReadOnly({ kind: 'saving' }, true).kind).toBe('read-only');
  expect(withReadOnly({ kind: 'saved' }, true).kind).toBe('read-only');
  expect(withReadOnly({ kind: 'offline' }, true).kind).toBe('offline');
  expect(withReadOnly({ kind: 'saving' }, false).kind).toBe('saving');
});
