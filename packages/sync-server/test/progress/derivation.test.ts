import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrateLoadedWorksheet } from '../../src/permissions/migrate-loaded-worksheet.js';
import { rebuildDerivations } from '../../src/progress/rebuild-derivations.js';
import { clientEdits } from './client-edits.js';
import { ProgressHarness } from './progress-harness.js';

/**
 * Derivation: a client's edits, stored by the relay from a real y-websocket client, are derived into SQL
 * once they pause; rebuilding from the stored documents gives exactly the same rows.
 */
let harness: ProgressHarness;

beforeEach(async () => {
  harness = await ProgressHarness.start();
});

afterEach(async () => {
  await harness.close();
});

/** Every derived row in the database, in a stable order. */
function derivedRows() {
  const { db } = harness.server.context;
  return ['derived_worksheets', 'derived_responses', 'derived_entries'].map((table) =>
    db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
  );
}

describe('derivation of stored worksheets', () => {
  test('answers, scale values with metric keys, entries with the client’s dates, goals and the hand-in are derived', async () => {
    const journalId = await harness.assign('mood-journal');
    const goalId = await harness.assign('smart-goal');
    const journal = await harness.open(journalId);
    await harness.edit(journal, journalId, (doc) => {
      clientEdits.addEntry(doc, 'days', '2026-01-03', { 'Mood today': 4 });
      clientEdits.addEntry(doc, 'days', '2026-01-04', { 'Mood today': 6 });
    });
    const goal = await harness.open(goalId);
    await harness.edit(goal, goalId, (doc) => {
      clientEdits.answerPrompt(doc, 'statement', 'Walk every morning');
      clientEdits.setAttribute(doc, 'goal', 'progress', 40);
      clientEdits.handIn(doc, '2026-01-04T21:30:00.000+01:00');
    });

    const { derived } = harness.server.context.accounts;
    const mood = (await derived.get(journalId))!;
    expect(mood.entries.map((entry) => entry.entryDate)).toEqual(['2026-01-03', '2026-01-04']);
    expect(
      mood.responses
        .filter((response) => response.metricKey === 'mood')
        .map(({ entryDate, number, kind }) => ({ entryDate, number, kind })),
    ).toEqual([
      { entryDate: '2026-01-03', number: 4, kind: 'scale' },
      { entryDate: '2026-01-04', number: 6, kind: 'scale' },
    ]);
    expect(mood).toMatchObject({ handedInAt: null, entryCount: 2, answeredCount: 2 });

    const smart = (await derived.get(goalId))!;
    // The client's own hand-in time, as written on their device, not when the server received it.
    expect(smart.handedInAt).toBe('2026-01-04T21:30:00.000+01:00');
    expect(smart.responses.find((response) => response.nodeId === 'statement')?.value).toBe(
      JSON.stringify('Walk every morning'),
    );
    expect(smart.responses.find((response) => response.nodeId === 'goal')).toMatchObject({
      kind: 'goal',
      number: 40,
    });
    expect(smart.requiredTotal).toBe(4);
    expect(smart.requiredAnswered).toBe(1);
  });

  test('derivation waits until the edits pause, off the relay’s path', async () => {
    const journalId = await harness.assign('mood-journal');
    const journal = await harness.open(journalId);
    const { derived } = harness.server.context.accounts;
    const seeded = await derived.get(journalId);
    expect(seeded?.entryCount).toBe(0);
    const stored = new Promise<void>((resolve) => {
      const stop = harness.server.context.relay.onUpdatesStored((event) => {
        if (event.provenance.role !== 'client') return;
        stop();
        resolve();
      });
    });
    journal.doc.transact(() => clientEdits.addEntry(journal.doc, 'days', '2026-01-03', { 'Mood today': 4 }));
    await stored;
    // Stored and acknowledged, not yet derived: the timer waits on the manual clock.
    expect((await derived.get(journalId))?.entryCount).toBe(0);
    expect(harness.server.derivations.waiting).toBe(1);
    harness.clock.advance(1_000);
    await harness.server.derivations.settled();
    expect((await derived.get(journalId))?.entryCount).toBe(1);
  });

  test('a PHQ-9 is derived with its total and band', async () => {
    const phqId = await harness.assign('phq-9');
    const phq = await harness.open(phqId);
    await harness.edit(phq, phqId, (doc) => {
      for (const item of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
        clientEdits.setAttribute(doc, `phq-9-item-${item}`, 'value', item === '9' ? 0 : 2);
      }
    });
    expect(await harness.server.context.accounts.derived.get(phqId)).toMatchObject({
      measureId: 'phq-9',
      measureTotal: 16,
      measureSeverity: 'Moderately severe',
    });
  });

  test('rebuilding from the stored documents gives the same rows as incremental derivation', async () => {
    const journalId = await harness.assign('mood-journal');
    const goalId = await harness.assign('smart-goal');
    const phqId = await harness.assign('phq-9');
    const journal = await harness.open(journalId);
    await harness.edit(journal, journalId, (doc) =>
      clientEdits.addEntry(doc, 'days', '2026-01-03', { 'Mood today': 4 }),
    );
    await harness.edit(journal, journalId, (doc) =>
      clientEdits.addEntry(doc, 'days', '2026-01-05', { 'Mood today': 7 }),
    );
    const goal = await harness.open(goalId);
    await harness.edit(goal, goalId, (doc) => {
      clientEdits.answerPrompt(doc, 'statement', 'Walk');
      clientEdits.setAttribute(doc, 'goal', 'progress', 70);
      clientEdits.handIn(doc, '2026-01-05T08:00:00.000Z');
    });
    const phq = await harness.open(phqId);
    await harness.edit(phq, phqId, (doc) => clientEdits.setAttribute(doc, 'phq-9-item-1', 'value', 3));

    const incremental = derivedRows();
    expect(incremental[1]!.length).toBeGreaterThan(10);
    const { db, documentStore, accounts } = harness.server.context;
    db.exec('DELETE FROM derived_worksheets; DELETE FROM derived_responses; DELETE FROM derived_entries;');
    const rebuilt = await rebuildDerivations({
      worksheets: accounts.worksheets,
      documentStore,
      derived: accounts.derived,
      migrateOnLoad: migrateLoadedWorksheet,
      only: 'all',
      logError: (message, error) => {
        throw new Error(`${message}: ${String(error)}`);
      },
    });
    expect(rebuilt).toBe(3);
    expect(derivedRows()).toEqual(incremental);
  });
});
