import {
  CONTENT_FIELD,
  doc,
  paragraph,
  prompt,
  scale,
  templateProjection,
  type WorksheetMeta,
} from '@interlude/schema';
import { encodeWorksheetSeed, readWorksheetContent } from '@interlude/schema/tiptap';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { ClusterHarness } from '../helpers/cluster-harness.js';
import { RawYjsPeer } from '../helpers/raw-yjs-peer.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const meta: WorksheetMeta = {
  schemaVersion: 1,
  title: 'Thought record',
  kind: 'worksheet',
  templateId: null,
  templateVersion: null,
};
const seedUpdate = encodeWorksheetSeed(
  doc(
    paragraph('Fill this in after a difficult moment.'),
    prompt({ id: 'situation', question: 'What happened?' }),
    prompt({ id: 'thought', question: 'What went through your mind?' }),
    scale({ id: 'mood', label: 'Mood', min: 0, max: 10, step: 1, minLabel: 'Low', maxLabel: 'High' }),
  ),
  meta,
);

const fragment = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FIELD);
const elementById = (ydoc: Y.Doc, id: string) =>
  fragment(ydoc)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute('id') === id);
const answerTextOf = (ydoc: Y.Doc, id: string) => {
  const text = (elementById(ydoc, id)?.get(0) as Y.XmlElement | undefined)?.get(0);
  return text instanceof Y.XmlText ? text.toString() : '';
};

test('B2/R23: a repaired update reaches the other instance merged with its repair; no peer there sees the forbidden state', async () => {
  const { cluster, first, second } = await ClusterHarness.startWithTwoInstances();
  cleanups.push(() => cluster.dispose());
  const worksheetId = newWorksheetId();
  await first.context.documentStore.appendUpdates(worksheetId, [seedUpdate], {
    userId: 'therapist-1',
    role: 'therapist',
    receivedAt: 1,
  });
  const watcher = cluster.provider(second.url, worksheetId, { user: 'therapist-1', name: 'Dr Tan' });
  await watcher.synced();
  const template = templateProjection(readWorksheetContent(watcher.doc));
  const sightings: string[] = [];
  watcher.doc.on('update', () => {
    if (!elementById(watcher.doc, 'thought')) sightings.push('prompt missing');
    if (elementById(watcher.doc, 'mood')?.getAttribute('label') !== 'Mood') sightings.push('scale rewritten');
  });

  const offender = new RawYjsPeer(first.url, worksheetId, { user: 'client-1', role: 'client' });
  cleanups.push(() => offender.close());
  await offender.sync();
  offender.forge((ydoc) => {
    fragment(ydoc).delete(fragment(ydoc).toArray().indexOf(elementById(ydoc, 'thought')!), 1);
    elementById(ydoc, 'mood')!.setAttribute('label', 'Rate the therapist');
    const answer = new Y.XmlText();
    (elementById(ydoc, 'situation')!.get(0) as Y.XmlElement).insert(0, [answer]);
    answer.insert(0, 'My manager frowned.');
  });

  await watcher.docSatisfies((ydoc) => answerTextOf(ydoc, 'situation') === 'My manager frowned.');
  expect(sightings).toEqual([]);
  expect(templateProjection(readWorksheetContent(watcher.doc))).toEqual(template);
  // The second instance applied it without storing it again: one update and one repair in the log.
  const rows = await second.context.accounts.sql.query(
    'SELECT user_id, repair_of FROM document_updates WHERE document_id = ? ORDER BY seq',
    [worksheetId],
  );
  expect(rows).toEqual([
    { user_id: 'therapist-1', repair_of: null },
    { user_id: 'client-1', repair_of: null },
    { user_id: 'system', repair_of: 'client-1' },
  ]);
});
