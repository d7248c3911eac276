import { seededRandom } from '@interlude/schema/testing';
import { afterEach, describe, expect, inject, test } from 'vitest';
import * as Y from 'yjs';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import type { RunningServer } from '../../src/server.js';
import { ClusterHarness, clusterStorages } from '../helpers/cluster-harness.js';
import type { TestProvider } from '../helpers/test-provider.js';
import { waitFor } from '../helpers/wait-for.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A device: its Y.Doc outlives its connections, which go to either instance. */
interface Peer {
  params: Record<string, string>;
  doc: Y.Doc;
  connection: TestProvider | null;
}

/** The document's content, map keys sorted (a map's key order differs between replicas, its content does not). */
const content = (doc: Y.Doc) => ({
  body: doc.getText('body').toString(),
  notes: Object.fromEntries(
    Object.entries(doc.getMap('notes').toJSON()).sort(([a], [b]) => a.localeCompare(b)),
  ),
  items: doc.getArray('items').toArray(),
});

function randomEdit(random: () => number, doc: Y.Doc, author: string, step: number): void {
  const body = doc.getText('body');
  const choice = random();
  if (choice < 0.45) body.insert(Math.floor(random() * (body.length + 1)), `${author}${step} `);
  else if (choice < 0.6 && body.length > 0) {
    const at = Math.floor(random() * body.length);
    body.delete(at, Math.min(body.length - at, 1 + Math.floor(random() * 6)));
  } else if (choice < 0.8) doc.getMap('notes').set(`note-${Math.floor(random() * 8)}`, `${author}@${step}`);
  else doc.getArray('items').push([`${author}:${step}`]);
}

describe.each(clusterStorages(() => inject('postgresUrl')))('on $name', ({ make }) => {
  test.each([20261206, 7, 1999])(
    'B2/B7: four peers over two instances, random edits and disconnects, end identical and equal to storage after both restart (seed %i)',
    async (seed) => {
      const cluster = await ClusterHarness.start(await make());
      cleanups.push(() => cluster.dispose());
      let instances: RunningServer[] = [await cluster.startServer(), await cluster.startServer()];
      const worksheetId = newWorksheetId();
      const random = seededRandom(seed);
      const peers: Peer[] = ['therapist-1', 'client-1', 'client-2', 'therapist-2'].map((user) => ({
        params: { user, role: user.startsWith('client') ? 'client' : 'therapist' },
        doc: new Y.Doc(),
        connection: null,
      }));
      const connect = (peer: Peer) => {
        const instance = instances[Math.floor(random() * instances.length)]!;
        peer.connection = cluster.provider(instance.url, worksheetId, peer.params, { doc: peer.doc });
      };
      for (const peer of peers) connect(peer);
      await Promise.all(peers.map((peer) => peer.connection!.synced()));

      for (let step = 0; step < 400; step++) {
        const peer = peers[Math.floor(random() * peers.length)]!;
        const roll = random();
        if (roll < 0.8) randomEdit(random, peer.doc, peer.params.user!, step);
        else if (peer.connection) {
          // Gone: the device keeps its document and its unsent edits.
          peer.connection.provider.destroy();
          peer.connection = null;
        } else connect(peer);
        // Let sockets, storage and Redis move on between steps, sometimes for longer.
        const turns = random() < 0.2 ? 20 : 1;
        for (let turn = 0; turn < turns; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      for (const peer of peers) if (!peer.connection) connect(peer);
      await Promise.all(peers.map((peer) => peer.connection!.synced()));

      const converged = () => {
        const [first, ...others] = peers.map((peer) => Y.encodeStateVector(peer.doc).join(','));
        const same = others.every((vector) => vector === first);
        return (
          same &&
          peers.every((peer) => JSON.stringify(content(peer.doc)) === JSON.stringify(content(peers[0]!.doc)))
        );
      };
      await waitFor(converged, (notify) => {
        for (const peer of peers) peer.doc.on('update', notify);
        return () => {
          for (const peer of peers) peer.doc.off('update', notify);
        };
      });
      const agreed = content(peers[0]!.doc);
      expect(agreed.body.length).toBeGreaterThan(0);

      // Both instances restart; what each serves from storage is what the peers agreed on.
      for (const peer of peers) peer.connection!.provider.destroy();
      for (const instance of instances) await cluster.stopServer(instance);
      instances = [await cluster.startServer(), await cluster.startServer()];
      for (const instance of instances) {
        const reader = cluster.provider(instance.url, worksheetId, { user: 'therapist-1' });
        await reader.synced();
        expect(content(reader.doc)).toEqual(agreed);
      }
      expect(cluster.logger.errors).toEqual([]);
    },
  );
});
