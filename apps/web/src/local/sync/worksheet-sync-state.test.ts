import { encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from '@interlude/schema/sync';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { WorksheetSyncState } from './worksheet-sync-state';

/**
 * A device and a relay that stores before it echoes, driven by hand: `deliver` is the relay storing
 * and echoing what the device sent; a stalled store simply never delivers.
 */
function setUp({ pendingAtStart = false, stored = new Y.Doc(), copyLoaded = true } = {}) {
  const server = stored;
  const doc = new Y.Doc();
  const sent: Uint8Array[] = [];
  const state = new WorksheetSyncState(doc, pendingAtStart);
  if (copyLoaded) state.noteCopyLoaded();
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'server') return;
    if (origin === 'device-copy') state.noteLoadedUpdate(update);
    else {
      state.noteLocalEdit(update);
      sent.push(update);
    }
  });
  const relay = {
    /** The relay's greeting on a new connection: its state vector (step 1). */
    greet: () => state.noteServerFrame(encodeSyncStep1(Y.encodeStateVector(server))),
    /** The answer to the device's step 1: what the server has that the device lacks, and its deletions. */
    answer: () => {
      const update = Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc));
      Y.applyUpdate(doc, update, 'server');
      state.noteServerFrame(encodeSyncStep2(update));
    },
    /** The device's step 2 (what the server lacks, offline work included), stored and echoed. */
    catchUp: () => {
      const update = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server));
      Y.applyUpdate(server, update);
      state.noteServerFrame(encodeSyncUpdate(update));
    },
    /** Stores everything sent so far, then echoes it (R5). */
    deliver: () => {
      for (const update of sent.splice(0)) {
        Y.applyUpdate(server, update);
        state.noteServerFrame(encodeSyncUpdate(update));
      }
    },
  };
  return { doc, server, state, relay, sent };
}

describe('what the device knows before its copy has been read', () => {
  test('a copy not remembered as unsaved is being checked, not all saved, until it has loaded', () => {
    const { state } = setUp({ copyLoaded: false });
    expect(state.status).toBe('checking');
    state.setConnected(true);
    expect(state.status).toBe('checking');
    state.noteCopyLoaded();
    expect(state.status).toBe('all-saved');
  });

  test('a copy remembered as unsaved reads saved on this device only from the start', () => {
    const { state } = setUp({ pendingAtStart: true, copyLoaded: false });
    expect(state.status).toBe('device-only');
    state.noteCopyLoaded();
    expect(state.status).toBe('device-only');
  });

  test('an edit before the copy has loaded is pending at once', () => {
    const { doc, state } = setUp({ copyLoaded: false });
    doc.getText('t').insert(0, 'early');
    expect(state.status).toBe('device-only');
  });
});

describe('what the device knows before the relay says anything', () => {
  test('an untouched copy last known saved is all saved, offline too', () => {
    const { state } = setUp();
    expect(state.status).toBe('all-saved');
  });

  test('a copy remembered as unsaved is saved on this device only until a socket opens, then sending', () => {
    const { state } = setUp({ pendingAtStart: true });
    expect(state.status).toBe('device-only');
    state.setConnected(true);
    expect(state.status).toBe('sending');
  });

  test('an edit offline is saved on this device only', () => {
    const { doc, state } = setUp();
    doc.getText('answer').insert(0, 'written on the train');
    expect(state.status).toBe('device-only');
  });
});

describe('all saved comes only from the durable echo', () => {
  test('an edit is sending while connected and all saved once the relay echoes it', () => {
    const { doc, state, relay } = setUp();
    state.setConnected(true);
    relay.greet();
    relay.answer();
    doc.getText('answer').insert(0, 'hello');
    expect(state.status).toBe('sending');
    relay.deliver();
    expect(state.status).toBe('all-saved');
  });

  test('stalled server storage: connected and synced, but no echo, so never all saved', () => {
    const { doc, state, relay, sent } = setUp();
    doc.getText('answer').insert(0, 'offline work');
    state.setConnected(true);
    relay.greet();
    // The provider would now call itself synced: the relay answered the device's step 1.
    relay.answer();
    expect(sent.length).toBeGreaterThan(0);
    expect(state.status).toBe('sending');
    // The relay greets again on a reconnect, still without having stored anything.
    relay.greet();
    expect(state.status).toBe('sending');
    state.setConnected(false);
    expect(state.status).toBe('device-only');
    expect(state.pending).toBe(true);
  });

  test('an edit that only deletes text is pending until the deletion itself is echoed', () => {
    const { doc, state, relay } = setUp();
    state.setConnected(true);
    relay.greet();
    doc.getText('answer').insert(0, 'I felt awful');
    relay.deliver();
    expect(state.status).toBe('all-saved');

    doc.getText('answer').delete(7, 5);
    expect(state.status).toBe('sending');
    // A state vector cannot show a deletion: the server's clocks already cover every item.
    relay.greet();
    expect(state.status).toBe('sending');
    relay.deliver();
    expect(state.status).toBe('all-saved');
  });

  test('a copy remembered as unsaved is all saved once the relay holds all of it, deletions included', () => {
    const earlier = new Y.Doc();
    earlier.getText('answer').insert(0, 'typed yesterday');
    earlier.getText('answer').delete(0, 6);
    const { doc, state, relay } = setUp({ pendingAtStart: true });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier), 'device-copy');
    state.setConnected(true);
    relay.greet();
    expect(state.status).toBe('sending');
    relay.catchUp();
    expect(state.status).toBe('all-saved');
  });

  test('the therapist’s changes arriving from the relay never make anything pending', () => {
    const therapist = new Y.Doc();
    therapist.getText('answer').insert(0, 'Try again tomorrow');
    const { doc, state, relay } = setUp({ stored: therapist });
    state.setConnected(true);
    relay.greet();
    relay.answer();
    expect(doc.getText('answer').toString()).toBe('Try again tomorrow');
    expect(state.status).toBe('all-saved');
  });
});
