import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FIELD, META_MAP } from '../document/layout.js';
import type { WorksheetMeta } from '../document/meta.js';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { judgeWorksheetUpdate } from './judgeWorksheetUpdate.js';
import { encodeWorksheetSeed, readWorksheetContent } from './worksheetDoc.js';

const meta: WorksheetMeta = {
  schemaVersion: 1,
  title: 'Sample',
  kind: 'worksheet',
  templateId: null,
  templateVersion: null,
};

/** The server's copy and a peer's copy of one seeded worksheet, and a way to capture the peer's next update. */
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
  return { server, edit };
}

const scaleElement = (doc: Y.Doc) =>
  doc
    .getXmlFragment(CONTENT_FIELD)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'scale')!;

describe('judgeWorksheetUpdate', () => {
  it("allows a client's answer and leaves the server's document untouched", () => {
    const { server, edit } = serverAndPeer();
    const update = edit((doc) => scaleElement(doc).setAttribute('value', 30 as unknown as string));
    const before = readWorksheetContent(server);
    expect(judgeWorksheetUpdate('client', server, update)).toMatchObject({
      allowed: true,
      change: 'response',
    });
    expect(readWorksheetContent(server)).toEqual(before);
  });

  it("refuses a client's change of a question", () => {
    const { server, edit } = serverAndPeer();
    const relabel = edit((doc) => scaleElement(doc).setAttribute('label', 'Changed'));
    expect(judgeWorksheetUpdate('client', server, relabel)).toMatchObject({
      reason: 'template-not-permitted',
    });
    expect(judgeWorksheetUpdate('therapist', server, relabel).allowed).toBe(true);
  });

  it('judges hand-in by role', () => {
    const { server, edit } = serverAndPeer();
    const handIn = edit((doc) => doc.getMap(META_MAP).set('handedInAt', '2026-11-26T08:00:00Z'));
    expect(judgeWorksheetUpdate('therapist', server, handIn)).toMatchObject({
      reason: 'meta-key-not-permitted',
    });
    expect(judgeWorksheetUpdate('client', server, handIn).allowed).toBe(true);
  });

  it('refuses an update that depends on a change the server has not seen, so it cannot slip in later', () => {
    const { server, edit } = serverAndPeer();
    edit((doc) => scaleElement(doc).setAttribute('label', 'Changed first'));
    const dependent = edit((doc) => scaleElement(doc).setAttribute('label', 'Changed again'));
    expect(judgeWorksheetUpdate('client', server, dependent)).toMatchObject({
      allowed: false,
      reason: 'update-incomplete',
    });
  });

  it("allows anyone to anchor a comment in the worksheet's own text, but not to change that text", () => {
    const { server, edit } = serverAndPeer();
    const firstText = (doc: Y.Doc) => {
      const block = doc
        .getXmlFragment(CONTENT_FIELD)
        .toArray()
        .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph')!;
      return block.get(0) as Y.XmlText;
    };
    const anchor = edit((doc) => firstText(doc).format(0, 4, { comment: { threadId: 't1' } }));
    expect(judgeWorksheetUpdate('client', server, anchor)).toMatchObject({ allowed: true });
    const other = serverAndPeer();
    const bold = other.edit((doc) => firstText(doc).format(0, 4, { bold: {} }));
    expect(judgeWorksheetUpdate('client', other.server, bold)).toMatchObject({
      reason: 'template-not-permitted',
    });
  });
});
