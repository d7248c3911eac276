import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { COMMENTS_MAP, CONTENT_FIELD, META_MAP } from '../document/layout.js';
import type { WorksheetMeta } from '../document/meta.js';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { rootsTouchedByUpdate } from '../yjs/rootsTouchedByUpdate.js';
import { judge } from './judgeWorksheetUpdate.test-helpers.js';
import { encodeWorksheetSeed } from './worksheetDoc.js';
import { WORKSHEET_ROOT_TYPES } from './worksheetRootTypes.js';

const meta: WorksheetMeta = {
  schemaVersion: 1,
  title: 'Sample',
  kind: 'worksheet',
  templateId: null,
  templateVersion: null,
};

/** A server's copy of a seeded worksheet (plus `extra`, as if stored earlier) and a peer that edits it. */
function serverAndPeer(extra?: (doc: Y.Doc) => void) {
  const source = new Y.Doc();
  Y.applyUpdate(source, encodeWorksheetSeed(sampleWorksheet(), meta));
  extra?.(source);
  const server = new Y.Doc();
  const peer = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(source));
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(source));
  const edit = (change: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(peer);
    change(peer);
    return Y.encodeStateAsUpdate(peer, before);
  };
  return { server, edit };
}

/** An update from a peer that has none of the worksheet, so it can use a layout name as another type. */
function strangerUpdate(change: (doc: Y.Doc) => void): Uint8Array {
  const stranger = new Y.Doc();
  change(stranger);
  return Y.encodeStateAsUpdate(stranger);
}

function firstText(fragment: Y.XmlFragment | Y.XmlElement): Y.XmlText | undefined {
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) return child;
    if (child instanceof Y.XmlElement) {
      const text = firstText(child);
      if (text) return text;
    }
  }
  return undefined;
}

/** The text of the first prompt's answer: where a client types. */
function answerText(doc: Y.Doc): Y.XmlText {
  const prompt = doc
    .getXmlFragment(CONTENT_FIELD)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'prompt')!;
  return firstText(prompt)!;
}

afterEach(() => vi.restoreAllMocks());

describe('rootsTouchedByUpdate', () => {
  it('names the content fragment for text typed deep inside it (found through the document)', () => {
    const { server, edit } = serverAndPeer();
    const typed = edit((doc) => answerText(doc).insert(1, 'x'));
    expect(rootsTouchedByUpdate(server, typed)).toMatchObject({
      touched: new Set([CONTENT_FIELD]),
      incomplete: false,
    });
  });

  it('names the content fragment for a new paragraph with text (found through the update)', () => {
    const { server, edit } = serverAndPeer();
    const added = edit((doc) => {
      const paragraph = new Y.XmlElement('paragraph');
      doc.getXmlFragment(CONTENT_FIELD).insert(1, [paragraph]);
      paragraph.insert(0, [new Y.XmlText('A new line')]);
    });
    expect(rootsTouchedByUpdate(server, added).touched).toEqual(new Set([CONTENT_FIELD]));
  });

  it('names the root of a deleted item from the document', () => {
    const { server, edit } = serverAndPeer();
    const removed = edit((doc) => doc.getMap(META_MAP).delete('templateId'));
    expect(rootsTouchedByUpdate(server, removed).touched).toEqual(new Set([META_MAP]));
  });
});

const repairedFor = (reason: string) => ({ verdict: 'repair', repaired: [{ reason }] });

describe('R19: only the worksheet layout root types', () => {
  it('R19: what an update writes to the root type "evil" is repaired away, whoever sends it', () => {
    const { server, edit } = serverAndPeer();
    const evil = edit((doc) => doc.getMap('evil').set('payload', 'unchecked'));
    for (const role of ['therapist', 'client'] as const) {
      expect(judge(role, server, evil)).toMatchObject(repairedFor('unknown-root-type'));
    }
  });

  it('R19: an update writing to "evil" and to content keeps the content edit and undoes the rest', () => {
    const { server, edit } = serverAndPeer();
    const evil = edit((doc) => {
      answerText(doc).insert(1, 'x');
      doc.getArray('evil').insert(0, [1]);
    });
    const judged = judge('client', server, evil);
    expect(judged).toMatchObject({ ...repairedFor('unknown-root-type'), change: 'response' });
  });

  it('R19: writing after items of an unknown root type the stored document already holds is repaired', () => {
    const { server, edit } = serverAndPeer((doc) => doc.getArray('legacy').insert(0, ['old']));
    const appended = edit((doc) => doc.getArray('legacy').insert(1, ['more']));
    expect(judge('therapist', server, appended)).toMatchObject(repairedFor('unknown-root-type'));
  });

  it('R19: "meta" written as a list instead of a map is repaired', () => {
    const { server } = serverAndPeer();
    const listMeta = strangerUpdate((doc) => doc.getArray(META_MAP).insert(0, ['title']));
    expect(judge('therapist', server, listMeta)).toMatchObject(repairedFor('root-type-mismatch'));
  });

  it('R19: "content" written as a map or as plain text is repaired', () => {
    const { server } = serverAndPeer();
    const asMap = strangerUpdate((doc) => doc.getMap(CONTENT_FIELD).set('x', 1));
    const asText = strangerUpdate((doc) => doc.getText(CONTENT_FIELD).insert(0, 'loose text'));
    expect(judge('therapist', server, asMap)).toMatchObject(repairedFor('root-type-mismatch'));
    expect(judge('therapist', server, asText)).toMatchObject(repairedFor('root-type-mismatch'));
  });
});

describe('R20: each root type judged by its own checker', () => {
  it("R20: an honest client's answer is admitted", () => {
    const { server, edit } = serverAndPeer();
    const typed = edit((doc) => answerText(doc).insert(0, 'I felt '));
    expect(judge('client', server, typed)).toMatchObject({ verdict: 'accept', change: 'response' });
  });

  it('R20: an update touching only content never runs the meta or comments checkers', () => {
    const { server, edit } = serverAndPeer();
    const content = vi.spyOn(WORKSHEET_ROOT_TYPES[CONTENT_FIELD]!, 'check');
    const metaCheck = vi.spyOn(WORKSHEET_ROOT_TYPES[META_MAP]!, 'check');
    const comments = vi.spyOn(WORKSHEET_ROOT_TYPES[COMMENTS_MAP]!, 'check');
    const typed = edit((doc) => answerText(doc).insert(1, 'x'));
    expect(judge('therapist', server, typed).verdict).toBe('accept');
    expect(content).toHaveBeenCalledTimes(1);
    expect(metaCheck).not.toHaveBeenCalled();
    expect(comments).not.toHaveBeenCalled();
  });

  it('R20: a hand-in touches only meta and never runs the content checker', () => {
    const { server, edit } = serverAndPeer();
    const content = vi.spyOn(WORKSHEET_ROOT_TYPES[CONTENT_FIELD]!, 'check');
    const handIn = edit((doc) => doc.getMap(META_MAP).set('handedInAt', '2026-11-26T08:00:00Z'));
    expect(judge('client', server, handIn)).toMatchObject({
      verdict: 'accept',
      change: 'none',
      changedMetaKeys: ['handedInAt'],
    });
    expect(content).not.toHaveBeenCalled();
  });

  it('R20: one update touching content and meta is repaired where a checker refuses, and only there', () => {
    const { server, edit } = serverAndPeer();
    const content = vi.spyOn(WORKSHEET_ROOT_TYPES[CONTENT_FIELD]!, 'repair');
    const both = edit((doc) => {
      answerText(doc).insert(1, 'x');
      doc.getMap(META_MAP).set('title', 'Mine now');
    });
    expect(judge('client', server, both)).toMatchObject({
      ...repairedFor('meta-key-not-permitted'),
      change: 'response',
    });
    expect(content).not.toHaveBeenCalled();
  });
});

describe('R21: the comments root type is judged by the comment rules (docs/comments.md)', () => {
  it('R21: a record that is not a valid comment is repaired away, whoever writes it', () => {
    const { server, edit } = serverAndPeer();
    const thread = edit((doc) => doc.getMap(COMMENTS_MAP).set('thread-1', { text: 'Nice work' }));
    for (const role of ['therapist', 'client'] as const) {
      const judged = judge(role, server, thread);
      expect(judged).toMatchObject(repairedFor('comment-invalid'));
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
      Y.applyUpdate(copy, thread);
      if (judged.verdict === 'repair') Y.applyUpdate(copy, judged.repair);
      expect(copy.getMap(COMMENTS_MAP).size).toBe(0);
    }
  });

  it('R21: an entry removed from "comments" is put back', () => {
    const { server, edit } = serverAndPeer((doc) =>
      doc.getMap(COMMENTS_MAP).set('thread-1', { text: 'Old' }),
    );
    const removed = edit((doc) => doc.getMap(COMMENTS_MAP).delete('thread-1'));
    const judged = judge('therapist', server, removed);
    expect(judged).toMatchObject(repairedFor('comment-removed'));
    Y.applyUpdate(server, removed);
    if (judged.verdict === 'repair') Y.applyUpdate(server, judged.repair);
    expect(server.getMap(COMMENTS_MAP).toJSON()).toEqual({ 'thread-1': { text: 'Old' } });
  });
});
