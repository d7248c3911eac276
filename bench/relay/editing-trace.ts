// The automerge-paper editing trace (see /work/shared/traces/README.md), turned into one Yjs update
// per transaction exactly as a client typing it would have sent them.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';

export const TRACE_PATH = '/work/shared/traces/automerge-paper.json.gz';
export const TRACE_TEXT_NAME = 'trace';
/** A fixed client id, so every relay receives byte-identical updates. */
const TRACE_CLIENT_ID = 424_242;

type Patch = [position: number, deleteCount: number, insertText: string];

interface SequentialTrace {
  startContent: string;
  endContent: string;
  txns: { time: string; patches: Patch[] }[];
}

export interface TraceUpdates {
  /** One update per trace transaction, in order, then the end marker. */
  updates: Uint8Array[];
  writerClientId: number;
  /**
   * The writer's clock after the last update: a reader that has seen it has everything. The last
   * update is an end marker (a map entry, which advances the clock; a trailing delete would not).
   */
  finalClock: number;
  expectedText: string;
  /** The whole final document as one update, to seed a room when a replay cannot finish. */
  finalState: Uint8Array;
}

/** Replays the first `transactionLimit` transactions (all of them when null). */
export function buildTraceUpdates(transactionLimit: number | null): TraceUpdates {
  const trace = JSON.parse(gunzipSync(readFileSync(TRACE_PATH)).toString('utf8')) as SequentialTrace;
  const transactions = transactionLimit === null ? trace.txns : trace.txns.slice(0, transactionLimit);
  const doc = new Y.Doc();
  doc.clientID = TRACE_CLIENT_ID;
  const text = doc.getText(TRACE_TEXT_NAME);
  text.insert(0, trace.startContent);
  const updates: Uint8Array[] = [Y.encodeStateAsUpdate(doc)].filter(() => trace.startContent.length > 0);
  doc.on('update', (update: Uint8Array) => updates.push(update));
  // Positions are in code points; this trace is ASCII only, so they equal UTF-16 indices.
  for (const transaction of transactions) {
    doc.transact(() => {
      for (const [position, deleteCount, insertText] of transaction.patches) {
        if (deleteCount > 0) text.delete(position, deleteCount);
        if (insertText.length > 0) text.insert(position, insertText);
      }
    });
  }
  doc.getMap('bench').set('end', true);
  const expectedText =
    transactionLimit === null ? trace.endContent : replayAsString(trace.startContent, transactions);
  if (text.toString() !== expectedText)
    throw new Error('the Yjs replay of the trace diverged from the trace');
  return {
    updates,
    writerClientId: TRACE_CLIENT_ID,
    finalClock: Y.decodeStateVector(Y.encodeStateVector(doc)).get(TRACE_CLIENT_ID) ?? 0,
    expectedText,
    finalState: Y.encodeStateAsUpdate(doc),
  };
}

/** The trace's own meaning, independent of Yjs, for a prefix (where endContent does not apply). */
function replayAsString(start: string, transactions: SequentialTrace['txns']): string {
  let content = start;
  for (const transaction of transactions) {
    for (const [position, deleteCount, insertText] of transaction.patches) {
      content = content.slice(0, position) + insertText + content.slice(position + deleteCount);
    }
  }
  return content;
}
