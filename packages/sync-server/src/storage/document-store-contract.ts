import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { DocumentStore, UpdateProvenance } from './document-store.js';

/** Creates a fresh, empty store; `dispose` releases it (close files, remove temp dirs). */
export type DocumentStoreFactory = () => Promise<{ store: DocumentStore; dispose(): Promise<void> }>;

const therapist: UpdateProvenance = { userId: 'therapist-1', role: 'therapist', receivedAt: 1_000 };
const client: UpdateProvenance = { userId: 'client-1', role: 'client', receivedAt: 2_000 };

/** Edits a scratch document and returns each edit's update, in order. */
function textEdits(texts: string[]): { updates: Uint8Array[]; expected: string } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const text of texts) doc.getText('body').insert(doc.getText('body').length, text);
  return { updates, expected: doc.getText('body').toString() };
}

function rebuild(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('body').toString();
}

/**
 * The behaviour every DocumentStore must show (docs/storage.md, rules S1–S7). Call it from a
 * test file with a factory for the implementation under test. Another adapter's package imports it
 * as `@interlude/sync-server/document-store-contract` (not from the main entry: it needs vitest).
 * It relies on nothing but the DocumentStore interface.
 */
export function describeDocumentStoreContract(name: string, createStore: DocumentStoreFactory): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ store, dispose } = await createStore());
    });
    afterEach(async () => {
      await dispose();
    });

    test('S1: a document never stored loads as null', async () => {
      expect(await store.load('never-stored')).toBeNull();
      expect(await store.provenanceSummary('never-stored')).toEqual([]);
    });

    test('S2: appended updates load back byte for byte, in append order', async () => {
      const { updates } = textEdits(['a', 'b', 'c']);
      await store.appendUpdates('doc', updates.slice(0, 2), therapist);
      await store.appendBatch([{ documentId: 'doc', update: updates[2]!, provenance: client }]);
      const loaded = await store.load('doc');
      expect(loaded?.updates.map((update) => [...update])).toEqual(updates.map((update) => [...update]));
    });

    test('S2: mutating bytes after append or after load does not change what is stored', async () => {
      const { updates, expected } = textEdits(['hello']);
      const copy = updates[0]!.slice();
      await store.appendUpdates('doc', [copy], therapist);
      copy.fill(0);
      const first = await store.load('doc');
      first?.updates[0]?.fill(0);
      expect(rebuild((await store.load('doc'))!.updates)).toBe(expected);
    });

    test('S3: a batch spanning documents stores each write under its own document', async () => {
      const one = textEdits(['one']);
      const two = textEdits(['two']);
      await store.appendBatch([
        { documentId: 'doc-1', update: one.updates[0]!, provenance: therapist },
        { documentId: 'doc-2', update: two.updates[0]!, provenance: client },
      ]);
      expect(rebuild((await store.load('doc-1'))!.updates)).toBe('one');
      expect(rebuild((await store.load('doc-2'))!.updates)).toBe('two');
    });

    test('S4: provenance summary counts per user and role with first and last receivedAt', async () => {
      const { updates } = textEdits(['a', 'b', 'c', 'd']);
      await store.appendUpdates('doc', [updates[0]!], therapist);
      await store.appendUpdates('doc', [updates[1]!, updates[2]!], client);
      await store.appendUpdates('doc', [updates[3]!], { ...client, receivedAt: 5_000 });
      const summary = await store.provenanceSummary('doc');
      expect(summary).toHaveLength(2);
      expect(summary).toContainEqual({
        userId: 'therapist-1',
        role: 'therapist',
        firstReceivedAt: 1_000,
        lastReceivedAt: 1_000,
        updateCount: 1,
      });
      expect(summary).toContainEqual({
        userId: 'client-1',
        role: 'client',
        firstReceivedAt: 2_000,
        lastReceivedAt: 5_000,
        updateCount: 3,
      });
    });

    test('S5: compaction folds the log into one update with the same content, keeping provenance', async () => {
      const { updates, expected } = textEdits(['a', 'b', 'c', 'd', 'e']);
      await store.appendUpdates('doc', updates.slice(0, 3), therapist);
      await store.appendUpdates('doc', updates.slice(3), client);
      const summaryBefore = await store.provenanceSummary('doc');
      expect(await store.compact('doc')).toBe(5);
      const loaded = await store.load('doc');
      expect(loaded?.updates).toHaveLength(1);
      expect(rebuild(loaded!.updates)).toBe(expected);
      expect(await store.provenanceSummary('doc')).toEqual(summaryBefore);
    });

    test('S5: updates appended after a compaction load after the folded state', async () => {
      const { updates, expected } = textEdits(['a', 'b', 'c']);
      await store.appendUpdates('doc', updates.slice(0, 2), therapist);
      await store.compact('doc');
      await store.appendUpdates('doc', [updates[2]!], client);
      const loaded = await store.load('doc');
      expect(loaded?.updates).toHaveLength(2);
      expect(rebuild(loaded!.updates)).toBe(expected);
      expect(await store.compact('doc')).toBe(2);
      expect(rebuild((await store.load('doc'))!.updates)).toBe(expected);
    });

    test('S5: compacting a document with nothing to fold changes nothing', async () => {
      expect(await store.compact('missing')).toBe(0);
      const { updates } = textEdits(['x']);
      await store.appendUpdates('doc', updates, therapist);
      expect(await store.compact('doc')).toBe(0);
      expect((await store.load('doc'))?.updates.map((update) => [...update])).toEqual([[...updates[0]!]]);
    });

    test('S5: compaction keeps deletions and pending updates whose dependencies are missing', async () => {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      doc.getText('body').insert(0, 'keep this, drop that');
      doc.getText('body').delete(9, 11);
      doc.getText('body').insert(9, '!');
      // Store the last update without the one it depends on, then the rest: order must not matter.
      await store.appendUpdates('doc', [updates[2]!], client);
      await store.appendUpdates('doc', [updates[0]!, updates[1]!], therapist);
      await store.compact('doc');
      expect(rebuild((await store.load('doc'))!.updates)).toBe('keep this!');
    });

    test('S6: delete removes the log and the provenance of one document only', async () => {
      const { updates } = textEdits(['a']);
      await store.appendUpdates('doc-1', updates, therapist);
      await store.appendUpdates('doc-2', updates, therapist);
      await store.delete('doc-1');
      expect(await store.load('doc-1')).toBeNull();
      expect(await store.provenanceSummary('doc-1')).toEqual([]);
      expect(await store.load('doc-2')).not.toBeNull();
    });

    test('S7: an empty batch stores nothing', async () => {
      await store.appendBatch([]);
      await store.appendUpdates('doc', [], therapist);
      expect(await store.load('doc')).toBeNull();
    });

    test('S8: a quarantined update is kept with its provenance and reason, apart from the document', async () => {
      const { updates } = textEdits(['kept', ' refused']);
      await store.appendUpdates('doc', [updates[0]!], client);
      await store.quarantine(
        { documentId: 'doc', update: updates[1]!, provenance: client },
        'read-only access',
      );
      expect(rebuild((await store.load('doc'))!.updates)).toBe('kept');
      const refused = await store.refusedUpdates('doc');
      expect(refused).toHaveLength(1);
      expect([...refused[0]!.update]).toEqual([...updates[1]!]);
      expect(refused[0]).toMatchObject({ documentId: 'doc', provenance: client, reason: 'read-only access' });
      expect(await store.load('never-stored-but-refused')).toBeNull();
    });

    test('S8: a document with only refused updates still loads as null, and delete removes them', async () => {
      const { updates } = textEdits(['refused']);
      await store.quarantine(
        { documentId: 'doc', update: updates[0]!, provenance: client },
        'template change',
      );
      expect(await store.load('doc')).toBeNull();
      await store.delete('doc');
      expect(await store.refusedUpdates('doc')).toEqual([]);
    });
    test('S9: creating a document stores its first update and returns what the row writes returned', async () => {
      const { updates, expected } = textEdits(['seed']);
      const result = await store.createDocument(
        { documentId: 'doc', update: updates[0]!, provenance: therapist },
        () => 'row written',
      );
      expect(result).toBe('row written');
      expect(rebuild((await store.load('doc'))!.updates)).toBe(expected);
      expect(await store.provenanceSummary('doc')).toHaveLength(1);
    });

    test('S9: when the row writes throw, their error passes through and nothing is stored', async () => {
      const { updates } = textEdits(['seed']);
      const refused = new Error('the row could not be written');
      await expect(
        store.createDocument({ documentId: 'doc', update: updates[0]!, provenance: therapist }, () => {
          throw refused;
        }),
      ).rejects.toBe(refused);
      expect(await store.load('doc')).toBeNull();
      expect(await store.provenanceSummary('doc')).toEqual([]);
    });

    test('S9: a document that already exists is not created again, and its rows are not written', async () => {
      const { updates } = textEdits(['first', 'second']);
      await store.appendUpdates('doc', [updates[0]!], therapist);
      let rowsWritten = false;
      await expect(
        store.createDocument({ documentId: 'doc', update: updates[1]!, provenance: therapist }, () => {
          rowsWritten = true;
        }),
      ).rejects.toThrow(/already exists/);
      expect(rowsWritten).toBe(false);
      expect((await store.load('doc'))!.updates).toHaveLength(1);
    });
  });
}
