import { colorForUser } from '@interlude/schema';
import { CloseCode, encodeSyncStep2, encodeSyncUpdate } from '@interlude/schema/sync';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  clientAccess,
  createRelayFixture,
  therapistAccess,
  worksheetA,
  worksheetB,
} from '../../test/helpers/relay-fixture.js';
import type { WorksheetAccess } from './authorize.js';
import { presenceIdentity } from './awareness-identity.js';

function seedUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const seedProvenance = { userId: 'system', role: 'system' as const, receivedAt: 0 };

describe('R3 load before answer', () => {
  test('R3: frames sent while the document loads are answered after the load, with the stored content', async () => {
    const fixture = createRelayFixture();
    await fixture.store.appendUpdates(worksheetA, [seedUpdate('stored')], seedProvenance);
    const gate = fixture.store.holdLoads();
    const client = fixture.connect();
    client.sendStep1();
    await gate.reached();
    expect(client.socket.sent).toHaveLength(0);
    gate.open();
    await client.connection.joined;
    expect(client.text()).toBe('stored');
    expect(client.receivedKinds()).toEqual(['sync-step-1', 'sync-step-2']);
  });

  test('R3: a second client joining during the load shares the one load', async () => {
    const fixture = createRelayFixture();
    await fixture.store.appendUpdates(worksheetA, [seedUpdate('shared')], seedProvenance);
    const gate = fixture.store.holdLoads();
    const first = fixture.connect();
    const second = fixture.connect(clientAccess);
    first.sendStep1();
    second.sendStep1();
    gate.open();
    await Promise.all([first.connection.joined, second.connection.joined]);
    expect(first.text()).toBe('shared');
    expect(second.text()).toBe('shared');
    expect(fixture.store.loadCount).toBe(1);
  });
});

describe('R4 failed load', () => {
  test('R4: a failed load closes with a retryable code, stores nothing, and the next connection retries', async () => {
    const fixture = createRelayFixture();
    await fixture.store.appendUpdates(worksheetA, [seedUpdate('precious')], seedProvenance);
    fixture.store.failLoadsWith = new Error('disk on fire');
    const batchesBefore = fixture.store.batches.length;
    const client = fixture.connect();
    client.edit((doc) => doc.getText('body').insert(0, 'x'));
    await client.connection.joined;
    expect(client.socket.closed?.code).toBe(CloseCode.storageFailure);
    expect(client.socket.closed!.code < 4400 || client.socket.closed!.code > 4499).toBe(true);
    expect(fixture.store.batches).toHaveLength(batchesBefore);
    expect(fixture.relay.hasRoom(worksheetA)).toBe(false);

    fixture.store.failLoadsWith = null;
    const retry = await fixture.join();
    retry.sendStep1();
    expect(retry.text()).toBe('precious');
  });
});

describe('R5 durable before echo', () => {
  test('R5: an update reaches nobody, the sender included, until storage has it; then everyone', async () => {
    const fixture = createRelayFixture();
    const alice = await fixture.join(therapistAccess);
    const bob = await fixture.join(clientAccess);
    const gate = fixture.store.holdAppends();
    const aliceFramesBefore = alice.socket.sent.length;
    const bobFramesBefore = bob.socket.sent.length;
    alice.edit((doc) => doc.getText('body').insert(0, 'durable'));
    await gate.reached();
    expect(alice.socket.sent.length).toBe(aliceFramesBefore);
    expect(bob.socket.sent.length).toBe(bobFramesBefore);
    gate.open();
    await fixture.relay.flushed();
    expect(bob.text()).toBe('durable');
    expect(alice.receivedKinds().at(-1)).toBe('sync-update');
    expect(fixture.store.batches.flat()).toHaveLength(1);
  });

  test('R5: each stored update keeps its provenance (user, role, receivedAt from the Clock)', async () => {
    const fixture = createRelayFixture();
    const client = await fixture.join(clientAccess);
    fixture.clock.advance(5_000);
    client.edit((doc) => doc.getText('body').insert(0, 'mine'));
    await fixture.relay.flushed();
    expect(fixture.store.batches[0]?.[0]?.provenance).toEqual({
      userId: 'client-1',
      role: 'client',
      receivedAt: fixture.clock.now(),
    });
  });

  test('R5: onUpdatesStored hears of stored updates with the document already containing them', async () => {
    const fixture = createRelayFixture();
    const seen: Array<{ worksheetId: string; userId: string; text: string; count: number }> = [];
    fixture.relay.onUpdatesStored((event) => {
      seen.push({
        worksheetId: event.worksheetId,
        userId: event.provenance.userId,
        text: event.doc.getText('body').toString(),
        count: event.updateCount,
      });
    });
    const client = await fixture.join(clientAccess);
    client.edit((doc) => doc.getText('body').insert(0, 'a'));
    client.edit((doc) => doc.getText('body').insert(1, 'b'));
    await fixture.relay.flushed();
    expect(seen).toEqual([{ worksheetId: worksheetA, userId: 'client-1', text: 'ab', count: 2 }]);
  });

  test('R5: a listener that throws or rejects is logged and changes nothing for clients', async () => {
    const fixture = createRelayFixture();
    fixture.relay.onUpdatesStored(() => {
      throw new Error('listener bug');
    });
    fixture.relay.onUpdatesStored(async () => {
      throw new Error('async listener bug');
    });
    const alice = await fixture.join();
    const bob = await fixture.join(clientAccess);
    alice.edit((doc) => doc.getText('body').insert(0, 'still relayed'));
    await fixture.relay.flushed();
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(bob.text()).toBe('still relayed');
    expect(fixture.logger.errors.filter((message) => message.includes('listener'))).toHaveLength(2);
  });
});

describe('R22 nothing new is no edit', () => {
  test("R22: a reconnecting client's step 2 that repeats stored items and deletions is neither stored, echoed nor announced", async () => {
    const fixture = createRelayFixture();
    const announced: string[] = [];
    fixture.relay.onUpdatesStored((event) => {
      announced.push(event.provenance.userId);
    });
    const client = await fixture.join(clientAccess);
    client.edit((doc) => doc.getText('body').insert(0, 'hello world'));
    client.edit((doc) => doc.getText('body').delete(0, 6));
    await fixture.relay.flushed();
    const batches = fixture.store.batches.length;
    const framesBefore = client.socket.sent.length;
    announced.length = 0;
    // What y-websocket sends on reconnect: everything since the server's state vector, plus every deletion.
    client.send(encodeSyncStep2(Y.encodeStateAsUpdate(client.doc, Y.encodeStateVector(client.doc))));
    await fixture.relay.flushed();
    expect(fixture.store.batches).toHaveLength(batches);
    expect(announced).toEqual([]);
    expect(client.socket.sent).toHaveLength(framesBefore);
    expect(client.socket.closed).toBeNull();
  });

  test('R22: a step 2 carrying one deletion the server lacks is stored as an edit', async () => {
    const fixture = createRelayFixture();
    const client = await fixture.join(clientAccess);
    client.edit((doc) => doc.getText('body').insert(0, 'hello world'));
    await fixture.relay.flushed();
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(client.doc));
    const before = Y.encodeStateVector(offline);
    offline.getText('body').delete(0, 6);
    const batches = fixture.store.batches.length;
    client.send(encodeSyncStep2(Y.encodeStateAsUpdate(offline, before)));
    await fixture.relay.flushed();
    expect(fixture.store.batches).toHaveLength(batches + 1);
  });
});

describe('R6 group commit', () => {
  test('R6: updates arriving in the same turn, across rooms, are stored in one transaction', async () => {
    const fixture = createRelayFixture();
    const alice = await fixture.join(therapistAccess, worksheetA);
    const bob = await fixture.join(clientAccess, worksheetA);
    const carol = await fixture.join(clientAccess, worksheetB);
    alice.edit((doc) => doc.getText('body').insert(0, 'a'));
    bob.edit((doc) => doc.getText('body').insert(0, 'b'));
    carol.edit((doc) => doc.getText('body').insert(0, 'c'));
    await fixture.relay.flushed();
    expect(fixture.store.batches).toHaveLength(1);
    expect(fixture.store.batches[0]).toHaveLength(3);
    expect(carol.text()).toBe('c');
    expect(alice.text()).toBe(bob.text());
  });
});

describe('R8 failed write', () => {
  test('R8: a failed write closes the sender with a retryable code and echoes nothing', async () => {
    const fixture = createRelayFixture();
    const alice = await fixture.join();
    const bob = await fixture.join(clientAccess);
    fixture.store.failAppendsWith = new Error('disk full');
    const bobFramesBefore = bob.socket.sent.length;
    alice.edit((doc) => doc.getText('body').insert(0, 'lost?'));
    await fixture.relay.flushed();
    expect(alice.socket.closed?.code).toBe(CloseCode.storageFailure);
    expect(bob.socket.sent.length).toBe(bobFramesBefore);
    expect(bob.socket.closed).toBeNull();
    expect(fixture.logger.errors.some((message) => message.includes('Could not store'))).toBe(true);
  });
});

describe('R9 handshake', () => {
  test('R9: a writer is greeted with step 1 and sends back what it has that the server lacks', async () => {
    const fixture = createRelayFixture();
    const offline = fixture.connect();
    offline.doc.getText('body').insert(0, 'written offline');
    await offline.connection.joined;
    offline.process();
    await fixture.relay.flushed();
    const stored = await fixture.store.load(worksheetA);
    const check = new Y.Doc();
    for (const update of stored!.updates) Y.applyUpdate(check, update);
    expect(check.getText('body').toString()).toBe('written offline');
  });
});

/** What the relay makes of `{ user: … }` from a connection with `access` (R25). */
const stamped = (access: WorksheetAccess, state: Record<string, unknown> = {}) => ({
  ...state,
  user: presenceIdentity(access),
});

describe('R10 awareness', () => {
  test('R10: awareness is echoed to everyone, the sender included, and removed when its connection closes', async () => {
    const fixture = createRelayFixture();
    const alice = await fixture.join();
    const bob = await fixture.join(clientAccess);
    alice.sendAwareness({ user: 'alice' });
    expect(bob.remoteAwarenessStates().get(alice.doc.clientID)).toEqual(stamped(therapistAccess));
    expect(alice.receivedKinds().at(-1)).toBe('awareness');

    alice.connection.socketClosed();
    expect(bob.remoteAwarenessStates().has(alice.doc.clientID)).toBe(false);
  });

  test('R10: a client that reconnects with the same clientID keeps its state when the old socket closes late', async () => {
    const fixture = createRelayFixture();
    const observer = await fixture.join(clientAccess);
    const oldSocket = await fixture.join();
    oldSocket.sendAwareness({ user: 'alice' });
    const newSocket = await fixture.join();
    // Same clientID and a higher clock: arrives as `updated`, not `added`.
    newSocket.doc.clientID = oldSocket.doc.clientID;
    newSocket.awareness.clientID = oldSocket.doc.clientID;
    newSocket.awareness.setLocalState({ user: 'alice', again: true });
    newSocket.awareness.setLocalState({ user: 'alice', again: true, clock: 2 });
    newSocket.sendAwareness({ user: 'alice', reconnected: true });
    oldSocket.connection.socketClosed();
    expect(observer.remoteAwarenessStates().get(oldSocket.doc.clientID)).toEqual(
      stamped(therapistAccess, { reconnected: true }),
    );
    newSocket.connection.socketClosed();
    expect(observer.remoteAwarenessStates().has(oldSocket.doc.clientID)).toBe(false);
  });

  test('R10: a newcomer is sent the current awareness states when it joins', async () => {
    const fixture = createRelayFixture();
    const alice = await fixture.join();
    alice.sendAwareness({ user: 'alice' });
    const bob = await fixture.join(clientAccess);
    expect(bob.remoteAwarenessStates().get(alice.doc.clientID)).toEqual(stamped(therapistAccess));
  });

  test("R25: the name, colour and id relayed for a connection are the signed-in person's, whatever it claims", async () => {
    const fixture = createRelayFixture();
    const therapist = await fixture.join(therapistAccess);
    const client = await fixture.join(clientAccess);
    client.sendAwareness({ user: { id: 'therapist-1', name: 'Dr T', color: '#1f6feb' }, cursor: 3 });
    const relayed = therapist.remoteAwarenessStates().get(client.doc.clientID);
    expect(relayed).toEqual({
      cursor: 3,
      user: { id: 'client-1', name: 'C', color: colorForUser('client-1', 'client') },
    });
    client.sendAwareness({ cursor: 4 });
    expect(therapist.remoteAwarenessStates().get(client.doc.clientID)).toEqual(
      stamped(clientAccess, { cursor: 4 }),
    );
  });
});

describe('R11 read-only', () => {
  test('R11: a read-only connection gets the document, is never asked for its state, and may share awareness', async () => {
    const fixture = createRelayFixture();
    await fixture.store.appendUpdates(worksheetA, [seedUpdate('read me')], seedProvenance);
    const writer = await fixture.join();
    const reader = await fixture.join({ ...clientAccess, readOnly: true });
    reader.sendStep1();
    expect(reader.text()).toBe('read me');
    expect(reader.receivedKinds()).not.toContain('sync-step-1');
    reader.sendAwareness({ user: 'reader' });
    expect(writer.remoteAwarenessStates().get(reader.doc.clientID)).toEqual(
      stamped({ ...clientAccess, readOnly: true }),
    );
    expect(reader.socket.closed).toBeNull();
  });

  test('R11: an empty step 2 from a read-only connection changes nothing and is dropped without closing it', async () => {
    const fixture = createRelayFixture();
    const reader = await fixture.join({ ...clientAccess, readOnly: true });
    reader.send(encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
    await fixture.relay.flushed();
    expect(reader.socket.closed).toBeNull();
    expect(await fixture.store.load(worksheetA)).toBeNull();
  });

  test('R11: an update or step 2 from a read-only connection closes it with 4403 and stores nothing', async () => {
    const fixture = createRelayFixture();
    const reader = await fixture.join({ ...clientAccess, readOnly: true });
    reader.edit((doc) => doc.getText('body').insert(0, 'sneaky'));
    await fixture.relay.flushed();
    expect(reader.socket.closed?.code).toBe(CloseCode.refused);
    expect(await fixture.store.load(worksheetA)).toBeNull();
  });
});

describe('R12 admission', () => {
  test('R12: an update the admission hook rejects closes the sender with 4403 and is not stored', async () => {
    const fixture = createRelayFixture({
      admitUpdate: ({ access }) =>
        access.role === 'client'
          ? { accept: false, reason: 'clients may not edit prompts' }
          : { accept: true },
    });
    const client = await fixture.join(clientAccess);
    const therapist = await fixture.join(therapistAccess);
    client.edit((doc) => doc.getText('body').insert(0, 'no'));
    therapist.edit((doc) => doc.getText('body').insert(0, 'yes'));
    await fixture.relay.flushed();
    expect(client.socket.closed).toEqual({
      code: CloseCode.refused,
      reason: 'Change refused: clients may not edit prompts',
    });
    expect(fixture.store.batches.flat().map((write) => write.provenance.userId)).toEqual(['therapist-1']);
  });
});

describe('R13 slow readers', () => {
  test('R13: a connection whose unsent output passes maxBufferedBytes is closed with 1013', async () => {
    const fixture = createRelayFixture({ limits: { maxBufferedBytes: 1_000 } });
    const slow = await fixture.join(clientAccess);
    const writer = await fixture.join();
    slow.socket.bufferedAmount = 1_001;
    writer.edit((doc) => doc.getText('body').insert(0, 'x'));
    await fixture.relay.flushed();
    expect(slow.socket.closed?.code).toBe(CloseCode.bufferFull);
    expect(writer.socket.closed).toBeNull();
  });

  test('R13: frames queued while the room loads are bounded too', async () => {
    const fixture = createRelayFixture({ limits: { maxBufferedBytes: 100 } });
    const gate = fixture.store.holdLoads();
    const client = fixture.connect();
    client.send(encodeSyncUpdate(new Uint8Array(60)));
    expect(client.socket.closed).toBeNull();
    client.send(encodeSyncUpdate(new Uint8Array(60)));
    expect(client.socket.closed?.code).toBe(CloseCode.bufferFull);
    gate.open();
  });
});

describe('R14 heartbeat', () => {
  test('R14: a connection that answers pings stays; one that does not is terminated', async () => {
    const fixture = createRelayFixture({ limits: { heartbeatIntervalMs: 10_000 } });
    const lively = await fixture.join();
    const dead = await fixture.join(clientAccess);
    fixture.clock.advance(10_000);
    expect(lively.socket.pings).toBe(1);
    expect(dead.socket.pings).toBe(1);
    lively.connection.pong();
    fixture.clock.advance(10_000);
    expect(lively.socket.terminated).toBe(false);
    expect(lively.socket.pings).toBe(2);
    expect(dead.socket.terminated).toBe(true);
    expect(fixture.relay.connectionCount).toBe(1);
  });
});

describe('R15 unload', () => {
  test('R15: an empty room is unloaded after roomUnloadDelayMs, not before; a returning client cancels it', async () => {
    const fixture = createRelayFixture({ limits: { roomUnloadDelayMs: 1_000 } });
    const first = await fixture.join();
    first.connection.socketClosed();
    fixture.clock.advance(999);
    expect(fixture.relay.hasRoom(worksheetA)).toBe(true);
    const second = await fixture.join();
    fixture.clock.advance(5_000);
    expect(fixture.relay.hasRoom(worksheetA)).toBe(true);
    second.connection.socketClosed();
    fixture.clock.advance(1_000);
    expect(fixture.relay.hasRoom(worksheetA)).toBe(false);
  });

  test('R15: a client arriving while the room unloads waits for its writes and loads the stored state', async () => {
    const fixture = createRelayFixture({ limits: { roomUnloadDelayMs: 1_000 } });
    const writer = await fixture.join();
    const gate = fixture.store.holdAppends();
    writer.edit((doc) => doc.getText('body').insert(0, 'last words'));
    writer.connection.socketClosed();
    await gate.reached();
    fixture.clock.advance(1_000);
    expect(fixture.relay.hasRoom(worksheetA)).toBe(false);
    const returning = fixture.connect();
    returning.sendStep1();
    gate.open();
    await returning.connection.joined;
    expect(returning.text()).toBe('last words');
    expect(fixture.store.loadCount).toBe(2);
  });
});

describe('R16 shutdown', () => {
  test('R16: close finishes pending writes, echoes them, then closes every socket with 1012', async () => {
    const fixture = createRelayFixture();
    const alice = await fixture.join();
    const bob = await fixture.join(clientAccess);
    const gate = fixture.store.holdAppends();
    alice.edit((doc) => doc.getText('body').insert(0, 'just in time'));
    await gate.reached();
    const closing = fixture.relay.close();
    bob.edit((doc) => doc.getText('body').insert(0, 'too late'));
    gate.open();
    await closing;
    expect(bob.text()).toContain('just in time');
    expect(bob.receivedKinds().at(-1)).toBe('sync-update');
    expect(alice.socket.closed?.code).toBe(CloseCode.serverRestart);
    expect(bob.socket.closed?.code).toBe(CloseCode.serverRestart);
    expect(fixture.store.batches.flat().map((write) => write.provenance.userId)).toEqual(['therapist-1']);
    const late = fixture.connect();
    expect(late.socket.closed?.code).toBe(CloseCode.serverRestart);
  });
});

describe('R17 compaction', () => {
  test('R17: once the log reaches compactionThreshold it is folded into one update with the same content', async () => {
    const fixture = createRelayFixture({ limits: { compactionThreshold: 5 } });
    const client = await fixture.join(clientAccess);
    for (const letter of 'abcdef') {
      client.edit((doc) => doc.getText('body').insert(doc.getText('body').length, letter));
      await fixture.relay.flushed();
    }
    const stored = await fixture.store.load(worksheetA);
    expect(stored!.updates.length).toBeLessThan(3);
    const rebuilt = new Y.Doc();
    for (const update of stored!.updates) Y.applyUpdate(rebuilt, update);
    expect(rebuilt.getText('body').toString()).toBe('abcdef');
    expect(await fixture.store.provenanceSummary(worksheetA)).toMatchObject([
      { userId: 'client-1', updateCount: 6 },
    ]);
  });
});

describe('A5 closing connections on request', () => {
  test('A5: closeConnectionsOfUser closes every socket of that user and no other', async () => {
    const fixture = createRelayFixture();
    const clientA = await fixture.join(clientAccess, worksheetA);
    const clientB = await fixture.join(clientAccess, worksheetB);
    const therapist = await fixture.join(therapistAccess, worksheetA);
    therapist.sendAwareness({ user: 't' });
    expect(fixture.relay.closeConnectionsOfUser('client-1', CloseCode.refused, 'Signed out')).toBe(2);
    expect(clientA.socket.closed).toEqual({ code: CloseCode.refused, reason: 'Signed out' });
    expect(clientB.socket.closed?.code).toBe(CloseCode.refused);
    expect(therapist.socket.closed).toBeNull();
  });

  test('A5: closeConnectionsOfWorksheet closes every socket of that worksheet and no other', async () => {
    const fixture = createRelayFixture();
    const inA = await fixture.join(clientAccess, worksheetA);
    const inB = await fixture.join(clientAccess, worksheetB);
    expect(fixture.relay.closeConnectionsOfWorksheet(worksheetA, CloseCode.notFound, 'Archived')).toBe(1);
    expect(inA.socket.closed?.code).toBe(CloseCode.notFound);
    expect(inB.socket.closed).toBeNull();
  });
});
