import { initProseMirrorDoc, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FIELD, META_MAP, WORKSHEET_SCHEMA_VERSION } from '../document/layout.js';
import type { WorksheetMeta } from '../document/meta.js';
import { WorksheetDocumentError } from '../document/worksheetDocumentError.js';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { readWorksheetMeta, writeWorksheetMeta } from '../yjs/worksheetMetaMap.js';
import { worksheetSchema } from './extensions.js';
import { createWorksheetDoc, encodeWorksheetSeed, worksheetDocToJSON } from './worksheetDoc.js';

const meta: WorksheetMeta = {
  schemaVersion: WORKSHEET_SCHEMA_VERSION,
  title: 'Sample',
  kind: 'worksheet',
  templateId: 'sample',
  templateVersion: 1,
};

function docFromUpdates(...updates: Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(ydoc, update);
  return ydoc;
}

describe('worksheet Y.Doc adapters', () => {
  it('reads back through y-tiptap exactly the JSON it was seeded with', () => {
    const json = sampleWorksheet();
    const ydoc = docFromUpdates(encodeWorksheetSeed(json, meta));
    // What Tiptap's Collaboration binding builds its editor state from.
    expect(initProseMirrorDoc(ydoc.getXmlFragment(CONTENT_FIELD), worksheetSchema).doc.toJSON()).toEqual(
      json,
    );
    // The raw y-tiptap reading leaves out null attributes; the schema restores them as defaults.
    const raw = yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(CONTENT_FIELD));
    expect(worksheetSchema.nodeFromJSON(raw).toJSON()).toEqual(json);
    expect(worksheetDocToJSON(ydoc)).toEqual({ content: json, meta });
  });

  it('stores meta as one key per property in the meta map', () => {
    const ydoc = createWorksheetDoc(sampleWorksheet(), { ...meta, measure: { id: 'phq-9', version: 1 } });
    expect(ydoc.getMap(META_MAP).get('measure')).toEqual({ id: 'phq-9', version: 1 });
    expect(ydoc.getMap(META_MAP).has('handedInAt')).toBe(false);
    writeWorksheetMeta(ydoc, { handedInAt: '2026-11-26T09:30:00+01:00' });
    expect(readWorksheetMeta(ydoc).handedInAt).toBe('2026-11-26T09:30:00+01:00');
    writeWorksheetMeta(ydoc, { handedInAt: undefined });
    expect(ydoc.getMap(META_MAP).has('handedInAt')).toBe(false);
  });

  it('is harmless when the same seed update is applied twice (a retried store or a replayed log)', () => {
    const seed = encodeWorksheetSeed(sampleWorksheet(), meta);
    const ydoc = docFromUpdates(seed, seed);
    expect(worksheetDocToJSON(ydoc).content).toEqual(sampleWorksheet());
  });

  it('duplicates content when a worksheet is seeded twice: why seeding happens once, at assignment', () => {
    const json = sampleWorksheet();
    const ydoc = docFromUpdates(encodeWorksheetSeed(json, meta), encodeWorksheetSeed(json, meta));
    expect(worksheetDocToJSON(ydoc).content.content).toHaveLength(2 * json.content!.length);
  });

  it('carries edits made after seeding to a peer that starts from the seed', () => {
    const seed = encodeWorksheetSeed(sampleWorksheet(), meta);
    const client = docFromUpdates(seed);
    const server = docFromUpdates(seed);
    const scale = client
      .getXmlFragment(CONTENT_FIELD)
      .toArray()
      .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'scale')!;
    scale.setAttribute('value', 40 as unknown as string);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
    const served = worksheetDocToJSON(server).content.content!.find((node) => node.type === 'scale')!;
    expect(served.attrs?.value).toBe(40);
  });

  it('refuses content the schema cannot hold and meta that does not fit', () => {
    const bad = {
      type: 'doc',
      content: [{ type: 'entry', attrs: { id: 'x' }, content: [{ type: 'paragraph' }] }],
    };
    expect(() => createWorksheetDoc(bad, meta)).toThrow(WorksheetDocumentError);
    expect(() => createWorksheetDoc(sampleWorksheet(), { ...meta, kind: 'poem' as 'worksheet' })).toThrow(
      expect.objectContaining({ reason: 'invalid-meta' }),
    );
  });
});
