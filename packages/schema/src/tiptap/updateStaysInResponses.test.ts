import { updateYFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANSWER_NODE_TYPES, WORKSHEET_MARK_TYPES } from '../content/answerContent.js';
import { createEntryJSON } from '../content/builders.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { CONTENT_FIELD, META_MAP } from '../document/layout.js';
import type { WorksheetMeta } from '../document/meta.js';
import { sampleDiaryFields, sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { updateStaysInResponses } from '../yjs/updateStaysInResponses.js';
import { worksheetSchema } from './extensions.js';
import { judge } from './judgeWorksheetUpdate.test-helpers.js';
import { encodeWorksheetSeed, readWorksheetContent } from './worksheetDoc.js';

const meta: WorksheetMeta = {
  schemaVersion: 1,
  title: 'Sample',
  kind: 'worksheet',
  templateId: null,
  templateVersion: null,
};

function serverAndPeer() {
  const seed = encodeWorksheetSeed(sampleWorksheet(), meta);
  const server = new Y.Doc();
  const peer = new Y.Doc();
  Y.applyUpdate(server, seed);
  Y.applyUpdate(peer, seed);
  const edit = (change: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(peer);
    change(peer);
    return Y.encodeStateAsUpdate(peer, before);
  };
  /** Changes the document as the editor's binding does: a minimal diff from the old JSON to the new. */
  const editJSON = (change: (json: WorksheetJSON) => void) =>
    edit((doc) => {
      const json = readWorksheetContent(doc);
      change(json);
      updateYFragment(doc, doc.getXmlFragment(CONTENT_FIELD), worksheetSchema.nodeFromJSON(json), {
        mapping: new Map(),
        isOMark: new Map(),
      });
    });
  return { server, edit, editJSON };
}

const element = (doc: Y.Doc, nodeName: string, index = 0) =>
  doc
    .getXmlFragment(CONTENT_FIELD)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === nodeName)[
    index
  ]!;
const answerText = (doc: Y.Doc) => (element(doc, 'prompt').get(0) as Y.XmlElement).get(0) as Y.XmlText;
const byId = (json: WorksheetJSON, id: string): WorksheetJSON => {
  if (json.attrs?.id === id) return json;
  for (const child of json.content ?? []) {
    const found = byId(child, id);
    if (found.attrs?.id === id) return found;
  }
  return {};
};

describe('R26: the fast path admits edits inside response regions without copying the document', () => {
  const permitted: Record<string, (peer: ReturnType<typeof serverAndPeer>) => Uint8Array> = {
    'typing in an answer': ({ edit }) => edit((doc) => answerText(doc).insert(3, 'typed ')),
    'deleting from an answer': ({ edit }) => edit((doc) => answerText(doc).delete(0, 5)),
    'bold in an answer': ({ edit }) => edit((doc) => answerText(doc).format(0, 4, { bold: {} })),
    "a scale's value": ({ edit }) => edit((doc) => element(doc, 'scale').setAttribute('value', 5 as never)),
    "a goal step's tick": ({ editJSON }) =>
      editJSON((json) => {
        byId(json, 'route').attrs!.checked = true;
      }),
    'a new entry in a diary': ({ editJSON }) =>
      editJSON((json) => {
        byId(json, 'diary').content!.push(createEntryJSON(sampleDiaryFields, '2026-11-24'));
      }),
    'a new paragraph in an answer': ({ editJSON }) =>
      editJSON((json) => {
        byId(json, 'thought').content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'More' }] });
      }),
  };
  for (const [name, make] of Object.entries(permitted)) {
    it(`R26: ${name} takes the fast path, and the full judge agrees`, () => {
      const peer = serverAndPeer();
      const update = make(peer);
      expect(updateStaysInResponses(peer.server, update)).toBe(true);
      expect(judge('client', peer.server, update).verdict).toBe('accept');
    });
  }

  const other: Record<string, (peer: ReturnType<typeof serverAndPeer>) => Uint8Array> = {
    "a question's wording": ({ edit }) => edit((doc) => element(doc, 'prompt').setAttribute('question', 'X')),
    "the worksheet's own text": ({ edit }) =>
      edit((doc) => (element(doc, 'paragraph').get(0) as Y.XmlText).insert(0, 'X')),
    'a comment anchored in the own text': ({ edit }) =>
      edit((doc) =>
        (element(doc, 'paragraph').get(0) as Y.XmlText).format(0, 3, { comment: { threadId: 't' } }),
      ),
    'a scale pasted into an answer': ({ edit }) =>
      edit((doc) => element(doc, 'prompt').insert(1, [new Y.XmlElement('scale')])),
    'a mark the schema does not know': ({ edit }) =>
      edit((doc) => answerText(doc).format(0, 3, { blink: {} })),
    'a new top-level block': ({ edit }) =>
      edit((doc) => doc.getXmlFragment(CONTENT_FIELD).insert(0, [new Y.XmlElement('paragraph')])),
    'a deleted prompt': ({ edit }) => edit((doc) => doc.getXmlFragment(CONTENT_FIELD).delete(3, 1)),
    'a hand-in': ({ edit }) => edit((doc) => doc.getMap(META_MAP).set('handedInAt', '2026-11-26T08:00:00Z')),
    'an unknown root type': ({ edit }) => edit((doc) => doc.getMap('evil').set('x', 1)),
  };
  for (const [name, make] of Object.entries(other)) {
    it(`R26: ${name} takes the full judge`, () => {
      const peer = serverAndPeer();
      expect(updateStaysInResponses(peer.server, make(peer))).toBe(false);
    });
  }

  it('R26: the fast path knows exactly the nodes and marks of the worksheet schema', () => {
    for (const name of ANSWER_NODE_TYPES) expect(worksheetSchema.nodes[name]).toBeDefined();
    expect(new Set(Object.keys(worksheetSchema.marks))).toEqual(WORKSHEET_MARK_TYPES);
  });
});
