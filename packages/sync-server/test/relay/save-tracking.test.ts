import { SaveTracker } from '@interlude/schema/sync';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { MemoryClient } from '../helpers/memory-socket.js';
import { createRelayFixture, type RelayFixture, worksheetA } from '../helpers/relay-fixture.js';

/**
 * A device as the web app runs it: a document, a SaveTracker told of local changes, and every frame
 * the relay sends shown to the tracker before the client handles it (as the web's frame-observing
 * WebSocket does). Frames go through a real Room over the in-memory socket pair.
 */
class TrackedDevice {
  readonly tracker: SaveTracker;
  private shown = 0;

  constructor(readonly client: MemoryClient) {
    this.tracker = new SaveTracker(client.doc);
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') this.tracker.noteLocalUpdate(update);
    });
  }

  /** Shows the tracker what arrived since the last call, then lets the client handle it. */
  receive(): void {
    const { sent } = this.client.socket;
    for (; this.shown < sent.length; this.shown++) this.tracker.noteServerFrame(sent[this.shown]!);
    this.client.process();
  }

  isSaved(): boolean {
    return this.tracker.isSaved();
  }
}

/** Connects a device; `beforeConnecting` plays what IndexedDB would load before the socket opens. */
async function connectDevice(
  fixture: RelayFixture,
  beforeConnecting?: (doc: Y.Doc) => void,
): Promise<TrackedDevice> {
  const client = fixture.connect();
  const device = new TrackedDevice(client);
  beforeConnecting?.(client.doc);
  await client.connection.joined;
  device.receive();
  return device;
}

function offlineWork(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

describe('SaveTracker against a real relay room', () => {
  test('a local edit is unsaved until the relay echoes it, and saved after the durable echo', async () => {
    const fixture = createRelayFixture();
    const device = await connectDevice(fixture);
    expect(device.isSaved()).toBe(true);

    device.client.edit((doc) => doc.getText('body').insert(0, 'hello'));
    device.receive();
    expect(device.isSaved()).toBe(false);

    await fixture.relay.flushed();
    device.receive();
    expect(device.isSaved()).toBe(true);
  });

  test('a delete-only edit is unsaved until the relay echoes the deletion', async () => {
    const fixture = createRelayFixture();
    const device = await connectDevice(fixture);
    device.client.edit((doc) => doc.getText('body').insert(0, 'hello'));
    await fixture.relay.flushed();
    device.receive();
    expect(device.isSaved()).toBe(true);

    device.client.edit((doc) => doc.getText('body').delete(0, 2));
    device.receive();
    expect(device.isSaved()).toBe(false);

    await fixture.relay.flushed();
    device.receive();
    expect(device.isSaved()).toBe(true);
    expect(device.client.text()).toBe('llo');
  });

  test("offline work the server already stored is saved by the server's step 1 alone", async () => {
    const fixture = createRelayFixture();
    const written = offlineWork((doc) => doc.getText('body').insert(0, 'sent yesterday'));
    await fixture.store.appendUpdates(worksheetA, [written], { userId: 'u', role: 'client', receivedAt: 0 });
    const batchesBefore = fixture.store.batches.length;

    const device = await connectDevice(fixture, (doc) => Y.applyUpdate(doc, written, 'indexeddb'));

    expect(device.isSaved()).toBe(true);
    expect(fixture.store.batches).toHaveLength(batchesBefore);
  });

  test('offline work new to the server is saved once the echo of its sync step 2 comes back', async () => {
    const fixture = createRelayFixture();
    const written = offlineWork((doc) => {
      doc.getText('body').insert(0, 'written offline');
      doc.getText('body').delete(0, 8);
    });

    const device = await connectDevice(fixture, (doc) => Y.applyUpdate(doc, written, 'indexeddb'));
    // The step 1 showed the server lacks it; answering it sent the step 2 to the relay.
    expect(device.isSaved()).toBe(false);

    await fixture.relay.flushed();
    device.receive();
    expect(device.isSaved()).toBe(true);
  });

  test('a write held open in the store keeps the device unsaved until the store resolves', async () => {
    const fixture = createRelayFixture();
    const device = await connectDevice(fixture);
    const gate = fixture.store.holdAppends();

    device.client.edit((doc) => doc.getText('body').insert(0, 'not yet durable'));
    await gate.reached();
    device.receive();
    expect(device.isSaved()).toBe(false);

    gate.open();
    await fixture.relay.flushed();
    device.receive();
    expect(device.isSaved()).toBe(true);
  });
});
