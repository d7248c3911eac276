import { expect, test } from 'vitest';
import { LiveSyncBoard } from './live-sync-board';
import { listSyncStatus, syncStatusOf } from './sync-status';

test('nothing pending is all saved, online or not; pending work is sending only over an open socket', () => {
  expect(syncStatusOf({ pending: false, connected: false, loaded: true })).toBe('all-saved');
  expect(syncStatusOf({ pending: false, connected: true, loaded: true })).toBe('all-saved');
  expect(syncStatusOf({ pending: true, connected: true, loaded: true })).toBe('sending');
  expect(syncStatusOf({ pending: true, connected: false, loaded: true })).toBe('device-only');
});

test('before the device copy is read nothing pending is only being checked, never all saved', () => {
  expect(syncStatusOf({ pending: false, connected: false, loaded: false })).toBe('checking');
  expect(syncStatusOf({ pending: false, connected: true, loaded: false })).toBe('checking');
  expect(syncStatusOf({ pending: true, connected: false, loaded: false })).toBe('device-only');
});

test('in a list: a live session wins, then the remembered unsaved state, then whether a copy is here', () => {
  expect(listSyncStatus({ live: 'sending', unsaved: true, kept: true })).toBe('sending');
  expect(listSyncStatus({ live: null, unsaved: true, kept: true })).toBe('device-only');
  expect(listSyncStatus({ live: null, unsaved: false, kept: true })).toBe('all-saved');
  expect(listSyncStatus({ live: null, unsaved: false, kept: false })).toBe('not-on-device');
  // A session still reading the copy says less than the remembered facts.
  expect(listSyncStatus({ live: 'checking', unsaved: true, kept: true })).toBe('device-only');
  expect(listSyncStatus({ live: 'checking', unsaved: false, kept: true })).toBe('all-saved');
});

test('the live board is per person and worksheet, and only the reporting session clears its entry', () => {
  const board = new LiveSyncBoard();
  const page = {};
  const background = {};
  let changes = 0;
  board.subscribe(() => changes++);
  board.report('u1', 'w1', page, 'sending');
  expect(board.statusOf('u1', 'w1')).toBe('sending');
  expect(board.statusOf('u2', 'w1')).toBeNull();
  board.report('u1', 'w1', page, 'sending');
  expect(changes).toBe(1);
  board.clear('u1', 'w1', background);
  expect(board.isActive('u1', 'w1')).toBe(true);
  board.clear('u1', 'w1', page);
  expect(board.isActive('u1', 'w1')).toBe(false);
});
