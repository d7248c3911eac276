import { encodeSyncStep2, encodeSyncUpdate } from '@interlude/schema/sync';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  clientAccess,
  createRelayFixture,
  therapistAccess,
  worksheetA,
} from '../../test/helpers/relay-fixture.js';

/** A small deterministic PRNG (mulberry32), so a failing seed can be replayed. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomFrame(random: () => number): Uint8Array {
  const length = Math.floor(random() * 40);
  const bytes = new Uint8Array(length).map(() => Math.floor(random() * 256));
  // Bias towards valid prefixes so the fuzzing reaches the update and awareness decoders.
  const prefixes = [[], [0, 0], [0, 1], [0, 2], [1], [3]];
  const prefix = prefixes[Math.floor(random() * prefixes.length)]!;
  return new Uint8Array([...prefix, ...bytes]);
}

test('fuzz: random frames never crash the room, only close their sender, and store only valid updates', async () => {
  const random = randomSource(20260105);
  const fixture = createRelayFixture();
  const bystander = await fixture.join(therapistAccess);
  let expectedText = '';
  const closeCodes = new Set<number>();
  for (let round = 0; round < 300; round++) {
    const attacker = await fixture.join(clientAccess);
    for (let frameIndex = 0; frameIndex < 5 && !attacker.socket.closed; frameIndex++) {
      const frame = randomFrame(random);
      // Wrap some of the garbage as a well-framed update so Yjs itself has to refuse it.
      const wrapped =
        random() < 0.3 ? (random() < 0.5 ? encodeSyncUpdate(frame) : encodeSyncStep2(frame)) : frame;
      attacker.send(wrapped);
    }
    await fixture.relay.flushed();
    if (round % 30 === 0) {
      const letter = String.fromCharCode(97 + ((round / 30) % 26));
      bystander.edit((doc) => doc.getText('body').insert(doc.getText('body').length, letter));
      expectedText += letter;
      await fixture.relay.flushed();
    }
    if (attacker.socket.closed) closeCodes.add(attacker.socket.closed.code);
    attacker.connection.socketClosed();
  }
  expect([...closeCodes].sort()).toEqual([1002, 1003]);
  expect(bystander.socket.closed).toBeNull();
  expect(bystander.text()).toBe(expectedText);
  const stored = await fixture.store.load(worksheetA);
  const rebuilt = new Y.Doc();
  for (const update of stored!.updates) Y.applyUpdate(rebuilt, update);
  expect(rebuilt.getText('body').toString()).toBe(expectedText);
  expect(fixture.logger.errors).toEqual([]);
});
