import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraph, scale } from '../content/builders.js';
import { CONTENT_FIELD, META_MAP } from '../document/layout.js';
import type { WorksheetMeta } from '../document/meta.js';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { templateProjection } from '../permissions/templateProjection.js';
import { worksheetSchema } from './extensions.js';
import type { UpdateJudgement } from './judgeWorksheetUpdate.js';
import { judge } from './judgeWorksheetUpdate.test-helpers.js';
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
  return { server, peer, edit };
}

/** Applies the update and, when there is one, the repair: what the relay stores. */
function applyJudged(doc: Y.Doc, update: Uint8Array, judged: UpdateJudgement): void {
  Y.applyUpdate(doc, update);
  if (judged.verdict === 'repair') Y.applyUpdate(doc, judged.repair);
}

const elementNamed = (doc: Y.Doc, nodeName: string, index = 0) =>
  doc
    .getXmlFragment(CONTENT_FIELD)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === nodeName)[
    index
  ]!;

const scaleElement = (doc: Y.Doc) => elementNamed(doc, 'scale');

/** The text of the first prompt's answer, where a client types. */
const answerText = (doc: Y.Doc) => (elementNamed(doc, 'prompt').get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe('judgeWorksheetUpdate', () => {
  it("R12: accepts a client's answer and leaves the server's document untouched", () => {
    const { server, edit } = serverAndPeer();
    const update = edit((doc) => scaleElement(doc).setAttribute('value', 30 as unknown as string));
    const before = readWorksheetContent(server);
    expect(judge('client', server, update)).toMatchObject({ verdict: 'accept', change: 'response' });
    expect(readWorksheetContent(server)).toEqual(before);
  });

  it("R23: repairs a client's change of a question; the therapist's same change is accepted", () => {
    const { server, edit } = serverAndPeer();
    const relabel = edit((doc) => scaleElement(doc).setAttribute('label', 'Changed'));
    expect(judge('client', server, relabel)).toMatchObject({
      verdict: 'repair',
      repaired: [{ reason: 'template-not-permitted' }],
    });
    expect(judge('therapist', server, relabel).verdict).toBe('accept');
  });

  it('R23: judges hand-in by role; a therapist hand-in is undone', () => {
    const { server, edit } = serverAndPeer();
    const handIn = edit((doc) => doc.getMap(META_MAP).set('handedInAt', '2026-11-26T08:00:00Z'));
    const judged = judge('therapist', server, handIn);
    expect(judged).toMatchObject({ verdict: 'repair', repaired: [{ reason: 'meta-key-not-permitted' }] });
    applyJudged(server, handIn, judged);
    expect(server.getMap(META_MAP).has('handedInAt')).toBe(false);
    expect(judge('client', serverAndPeer().server, handIn).verdict).toBe('accept');
  });

  it('R12: asks for a resync when the update depends on a change the server has not seen', () => {
    const { server, edit } = serverAndPeer();
    edit((doc) => scaleElement(doc).setAttribute('label', 'Changed first'));
    const dependent = edit((doc) => scaleElement(doc).setAttribute('label', 'Changed again'));
    expect(judge('client', server, dependent).verdict).toBe('resync');
  });

  it("R20: allows anyone to anchor a comment in the worksheet's own text, but not to change that text", () => {
    const { server, edit } = serverAndPeer();
    const firstText = (doc: Y.Doc) => elementNamed(doc, 'paragraph').get(0) as Y.XmlText;
    const anchor = edit((doc) => firstText(doc).format(0, 4, { comment: { threadId: 't1' } }));
    expect(judge('client', server, anchor).verdict).toBe('accept');
    const other = serverAndPeer();
    const bold = other.edit((doc) => firstText(doc).format(0, 4, { bold: {} }));
    expect(judge('client', other.server, bold)).toMatchObject({
      verdict: 'repair',
      repaired: [{ reason: 'template-not-permitted' }],
    });
  });
});

describe('R23: a forbidden change is repaired, the permitted rest of the update kept', () => {
  it('R23: one update deleting a prompt, rewriting a scale and answering keeps only the answer', () => {
    const { server, peer, edit } = serverAndPeer();
    const template = templateProjection(readWorksheetContent(server));
    const attack = edit((doc) => {
      answerText(doc).insert(0, 'Honest answer. ');
      scaleElement(doc).setAttribute('label', 'Rewritten');
      scaleElement(doc).setAttribute('max', 3 as unknown as string);
      doc.getXmlFragment(CONTENT_FIELD).delete(
        doc
          .getXmlFragment(CONTENT_FIELD)
          .toArray()
          .indexOf(elementNamed(doc, 'prompt', 1)),
        1,
      );
    });
    const judged = judge('client', server, attack);
    expect(judged).toMatchObject({ verdict: 'repair', repaired: [{ reason: 'template-not-permitted' }] });
    applyJudged(server, attack, judged);
    expect(templateProjection(readWorksheetContent(server))).toEqual(template);
    expect(answerText(server).toString()).toMatch(/^Honest answer\. /);
    // The sender applies the repair too and converges.
    if (judged.verdict === 'repair') Y.applyUpdate(peer, judged.repair);
    expect(readWorksheetContent(peer)).toEqual(readWorksheetContent(server));
  });

  it('R23: the repair is written under a fresh client id, never one the document holds', () => {
    const { server, edit } = serverAndPeer();
    const relabel = edit((doc) => scaleElement(doc).setAttribute('label', 'Changed'));
    const judged = judge('client', server, relabel);
    if (judged.verdict !== 'repair') throw new Error('expected a repair');
    expect(server.store.clients.has(judged.repairClientId)).toBe(false);
    const writers = [...Y.parseUpdateMeta(judged.repair).to.keys()];
    expect(writers.every((client) => client === judged.repairClientId)).toBe(true);
  });

  it('R23: a template node the client added is removed', () => {
    const { server, edit } = serverAndPeer();
    const template = templateProjection(readWorksheetContent(server));
    const added = edit((doc) => {
      const extra = worksheetSchema.nodeFromJSON(scale({ id: 'extra', label: 'Mine', min: 0, max: 10 }));
      const element = new Y.XmlElement(extra.type.name);
      element.setAttribute('id', 'extra');
      doc.getXmlFragment(CONTENT_FIELD).insert(0, [element]);
    });
    const judged = judge('client', server, added);
    expect(judged.verdict).toBe('repair');
    applyJudged(server, added, judged);
    expect(templateProjection(readWorksheetContent(server))).toEqual(template);
  });

  it('R23: a locked meta key is put back, the hand-in in the same update kept', () => {
    const { server, edit } = serverAndPeer();
    const update = edit((doc) => {
      doc.getMap(META_MAP).set('schemaVersion', 99);
      doc.getMap(META_MAP).set('handedInAt', '2026-11-26T08:00:00Z');
    });
    const judged = judge('client', server, update);
    expect(judged).toMatchObject({ verdict: 'repair', repaired: [{ reason: 'meta-key-locked' }] });
    applyJudged(server, update, judged);
    expect(server.getMap(META_MAP).get('schemaVersion')).toBe(1);
    expect(server.getMap(META_MAP).get('handedInAt')).toBe('2026-11-26T08:00:00Z');
  });

  it('R23: items written to an unknown root type are deleted; the answer in the same update is kept', () => {
    const { server, edit } = serverAndPeer();
    const update = edit((doc) => {
      answerText(doc).insert(0, 'Kept. ');
      doc.getMap('evil').set('payload', 'unchecked');
    });
    const judged = judge('therapist', server, update);
    expect(judged).toMatchObject({ verdict: 'repair', repaired: [{ reason: 'unknown-root-type' }] });
    applyJudged(server, update, judged);
    expect(server.getMap('evil').size).toBe(0);
    expect(answerText(server).toString()).toMatch(/^Kept\. /);
  });

  it('R23: a node the schema does not know is deleted', () => {
    const { server, edit } = serverAndPeer();
    const update = edit((doc) => {
      const answer = elementNamed(doc, 'prompt');
      answer.insert(0, [new Y.XmlElement('script')]);
    });
    const judged = judge('client', server, update);
    expect(judged).toMatchObject({ verdict: 'repair', repaired: [{ reason: 'content-not-in-schema' }] });
    applyJudged(server, update, judged);
    expect(
      elementNamed(server, 'prompt')
        .toArray()
        .some((node) => node instanceof Y.XmlElement && node.nodeName === 'script'),
    ).toBe(false);
  });
});

describe('R27: an answer holds text blocks only', () => {
  it('R27: a scale pasted into an answer is removed, the text typed beside it kept', () => {
    const { server, edit } = serverAndPeer();
    const update = edit((doc) => {
      answerText(doc).insert(0, 'Typed. ');
      const pasted = new Y.XmlElement('scale');
      pasted.setAttribute('id', 'pasted');
      pasted.setAttribute('label', 'Pasted');
      elementNamed(doc, 'prompt').insert(1, [pasted]);
    });
    const judged = judge('client', server, update);
    expect(judged).toMatchObject({
      verdict: 'repair',
      repaired: [{ reason: 'answer-content-not-permitted' }],
    });
    applyJudged(server, update, judged);
    const answer = readWorksheetContent(server).content!.find((node) => node.type === 'prompt')!;
    expect(answer.content!.map((node) => node.type)).toEqual(['paragraph']);
    expect(answerText(server).toString()).toMatch(/^Typed\. /);
  });

  it('R27: paragraphs, lists and headings in an answer are accepted', () => {
    const { server, edit } = serverAndPeer();
    const update = edit((doc) => {
      const list = worksheetSchema.nodeFromJSON(paragraph('x'));
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 3 as unknown as string);
      heading.insert(0, [new Y.XmlText(list.textContent)]);
      elementNamed(doc, 'prompt').insert(1, [heading]);
    });
    expect(judge('client', server, update).verdict).toBe('accept');
  });
});
