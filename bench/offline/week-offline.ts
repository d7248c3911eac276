import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import type { ServerSession } from '../../packages/sync-server/test/accounts/server-session.js';
import { OfflineDevice } from '../../packages/sync-server/test/helpers/offline-device.js';
import {
  addEntry,
  findElement,
  promptAnswerText,
} from '../../packages/sync-server/test/helpers/worksheet-edits.js';

const TRACE_PATH = '/work/shared/traces/clownschool_flat.json.gz';
type Patch = [position: number, deleteCount: number, insertText: string];
interface SequentialTrace {
  startContent: string;
  endContent: string;
  txns: { patches: Patch[] }[];
}

/** The trace's text before transaction `end` (ASCII trace: code points are UTF-16 indices). */
function textBefore(trace: SequentialTrace, end: number): string {
  let text = trace.startContent;
  for (const { patches } of trace.txns.slice(0, end)) {
    for (const [at, deleteCount, insert] of patches)
      text = text.slice(0, at) + insert + text.slice(at + deleteCount);
  }
  return text;
}

export interface WeekResult {
  worksheets: number;
  offlineTransactions: number;
  pendingBytes: number;
  reconnectMs: number;
}

/**
 * A week offline: seven diary days in a mood journal, and the clownschool trace (23,136 transactions
 * of three people's typing, linearised) split into seven parts, each typed into the first answer of
 * its own thought record, one Yjs transaction per trace transaction. Then the network comes back:
 * the time until the relay has durably stored (and echoed) everything on all eight worksheets.
 */
export async function weekOffline(
  client: ServerSession,
  journalId: string,
  recordIds: string[],
): Promise<WeekResult> {
  const trace = JSON.parse(gunzipSync(readFileSync(TRACE_PATH)).toString('utf8')) as SequentialTrace;
  const parts = recordIds.length;
  const bounds = Array.from({ length: parts + 1 }, (_, index) =>
    Math.round((trace.txns.length * index) / parts),
  );
  const journal = new OfflineDevice(client, journalId);
  const records = recordIds.map((id) => new OfflineDevice(client, id));
  const devices = [journal, ...records];
  for (const device of devices) device.connect();
  await Promise.all(devices.map((device) => device.allSaved()));
  // Before the week: each record's answer holds the trace as it stood where its part begins.
  records.forEach((device, index) => {
    const answer = promptAnswerText(findElement(device.content, 'prompt') as Y.XmlElement);
    const start = textBefore(trace, bounds[index] as number);
    if (start.length > 0) answer.insert(0, start);
  });
  await Promise.all(records.map((device) => device.allSaved()));

  for (const device of devices) device.goOffline();
  const before = devices.map((device) => Y.encodeStateVector(device.doc));
  let offlineTransactions = 0;
  for (let day = 1; day <= 7; day++) {
    journal.doc.transact(() => {
      const entry = addEntry(findElement(journal.content, 'entryGroup') as Y.XmlElement, `2026-12-0${day}`);
      promptAnswerText(findElement(entry, 'prompt') as Y.XmlElement).insert(
        0,
        `Day ${day}: a long day at work, then a walk by the river. Felt calmer by the evening.`,
      );
    });
    offlineTransactions++;
  }
  records.forEach((device, index) => {
    const answer = promptAnswerText(findElement(device.content, 'prompt') as Y.XmlElement);
    for (const { patches } of trace.txns.slice(bounds[index], bounds[index + 1])) {
      device.doc.transact(() => {
        for (const [at, deleteCount, insert] of patches) {
          if (deleteCount > 0) answer.delete(at, deleteCount);
          if (insert.length > 0) answer.insert(at, insert);
        }
      });
      offlineTransactions++;
    }
  });
  const expectedLast = trace.endContent;
  const last = records[records.length - 1] as OfflineDevice;
  if (promptAnswerText(findElement(last.content, 'prompt') as Y.XmlElement).toString() !== expectedLast) {
    throw new Error('The replay of the trace diverged from the trace');
  }
  const pendingBytes = devices.reduce(
    (sum, device, index) => sum + Y.encodeStateAsUpdate(device.doc, before[index]).byteLength,
    0,
  );

  const started = performance.now();
  for (const device of devices) device.connect();
  await Promise.all(devices.map((device) => device.allSaved()));
  const reconnectMs = performance.now() - started;
  for (const device of devices) device.destroy();
  return { worksheets: devices.length, offlineTransactions, pendingBytes, reconnectMs };
}
