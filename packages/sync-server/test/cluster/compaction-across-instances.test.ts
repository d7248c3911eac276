import { afterEach, describe, expect, inject, test } from 'vitest';
import { defaultRelayLimits } from '../../src/config.js';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { ClusterHarness, clusterStorages } from '../helpers/cluster-harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(clusterStorages(() => inject('postgresUrl')))('on $name', ({ make }) => {
  test('R17/B11: a log that grows through both instances is compacted, though neither stored enough alone', async () => {
    const cluster = await ClusterHarness.start(await make());
    cleanups.push(() => cluster.dispose());
    const settings = { relay: { ...defaultRelayLimits, compactionThreshold: 10 } };
    const first = await cluster.startServer({}, settings);
    const second = await cluster.startServer({}, settings);
    const worksheetId = newWorksheetId();
    const here = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
    const there = cluster.provider(second.url, worksheetId, { user: 'client-1', role: 'client' });
    await Promise.all([here.synced(), there.synced()]);

    // Six updates stored by each instance: twelve rows, past the threshold only together.
    let expected = '';
    for (let step = 0; step < 6; step++) {
      for (const [writer, name] of [
        [here, 'a'],
        [there, 'b'],
      ] as const) {
        writer.append(`${name}${step} `);
        expected += `${name}${step} `;
        await Promise.all([here.textIs(expected), there.textIs(expected)]);
      }
    }
    const rows = async () =>
      (
        await first.context.accounts.sql.one<{ n: number }>(
          'SELECT count(*) AS n FROM document_updates WHERE document_id = ?',
          [worksheetId],
        )
      )?.n ?? 0;
    // The test times out if no instance ever folds the log.
    while ((await rows()) >= 12) await new Promise((resolve) => setTimeout(resolve, 20));

    const reader = cluster.provider(second.url, worksheetId, { user: 'therapist-1' });
    await reader.textIs(expected);
    expect(cluster.logger.errors).toEqual([]);
  });
});
