import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { COMMENTS_MAP, CONTENT_FIELD, META_MAP } from '../document/layout.js';
import type { WorksheetMeta } from '../document/meta.js';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { rootsTouchedByUpdate } from '../yjs/rootsTouchedByUpdate.js';
import { judgeWorksheetUpdate } from './judgeWorksheetUpdate.js';
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

describe('R19: only the worksheet layout root types', () => {
  it('R19: an update creating the root type "evil" is refused, whoever sends it', () => {
    const { server, edit } = serverAndPeer();
    const evil = edit((doc) => doc.getMap('evil').set('payload', 'unchecked'));
    for (const role of ['therapist', 'client'] as const) {
      expect(judgeWorksheetUpdate(role, server, evil)).toMatchObject({
        allowed: false,
        reason: 'unknown-root-type',
      });
    }
  });

  it('R19: an update writing to "evil" and to content is refused before any checker runs', () => {
    const { server, edit } = serverAndPeer();
    const content = vi.spyOn(WORKSHEET_ROOT_TYPES[CONTENT_FIELD]!, 'check');
    const evil = edit((doc) => {
      answerText(doc).insert(1, 'x');
      doc.getArray('evil').insert(0, [1]);
    });
    expect(judgeWorksheetUpdate('client', server, evil)).toMatchObject({ reason: 'unknown-root-type' });
    expect(content).not.toHaveBeenCalled();
  });

  it('R19: writing after items of an unknown root type the stored document already holds is refused', () => {
    const { server, edit } = serverAndPeer((doc) => doc.getArray('legacy').insert(0, ['old']));
    const appended = edit((doc) => doc.getArray('legacy').insert(1, ['more']));
    expect(judgeWorksheetUpdate('therapist', server, appended)).toMatchObject({
      reason: 'unknown-root-type',
    });
  });

  it('R19: "meta" written as a list instead of a map is refused', () => {
    const { server } = serverAndPeer();
    const listMeta = strangerUpdate((doc) => doc.getArray(META_MAP).insert(0, ['title']));
    expect(judgeWorksheetUpdate('therapist', server, listMeta)).toMatchObject({
      allowed: false,
      reason: 'root-type-mismatch',
    });
  });

  it('R19: "content" written as a map or as plain text is refused', () => {
    const { server } = serverAndPeer();
    const asMap = strangerUpdate((doc) => doc.getMap(CONTENT_FIELD).set('x', 1));
    const asText = strangerUpdate((doc) => doc.getText(CONTENT_FIELD).insert(0, 'loose text'));
    expect(judgeWorksheetUpdate('therapist', server, asMap)).toMatchObject({ reason: 'root-type-mismatch' });
    expect(judgeWorksheetUpdate('therapist', server, asText)).toMatchObject({ reason: 'root-type-mismatch' });
  });
});

describe('R20: each root type judged by its own checker', () => {
  it("R20: an honest client's answer is admitted", () => {
    const { server, edit } = serverAndPeer();
    const typed = edit((doc) => answerText(doc).insert(0, 'I felt '));
    expect(judgeWorksheetUpdate('client', server, typed)).toMatchObject({
      allowed: true,
      change: 'response',
    });
  });

  it('R20: an update touching only content never runs the meta or comments checkers', () => {
    const { server, edit } = serverAndPeer();
    const content = vi.spyOn(WORKSHEET_ROOT_TYPES[CONTENT_FIELD]!, 'check');
    const metaCheck = vi.spyOn(WORKSHEET_ROOT_TYPES[META_MAP]!, 'check');
    const comments = vi.spyOn(WORKSHEET_ROOT_TYPES[COMMENTS_MAP]!, 'check');
    const typed = edit((doc) => answerText(doc).insert(1, 'x'));
    expect(judgeWorksheetUpdate('therapist', server, typed).allowed).toBe(true);
    expect(content).toHaveBeenCalledTimes(1);
    expect(metaCheck).not.toHaveBeenCalled();
    expect(comments).not.toHaveBeenCalled();
  });

  it('R20: a hand-in touches only meta and never runs the content checker', () => {
    const { server, edit } = serverAndPeer();
    const content = vi.spyOn(WORKSHEET_ROOT_TYPES[CONTENT_FIELD]!, 'check');
    const handIn = edit((doc) => doc.getMap(META_MAP).set('handedInAt', '2026-11-26T08:00:00Z'));
    expect(judgeWorksheetUpdate('client', server, handIn)).toMatchObject({
      allowed: true,
      change: 'none',
      changedMetaKeys: ['handedInAt'],
    });
    expect(content).not.toHaveBeenCalled();
  });

  it('R20: one update touching content and meta is refused when either checker refuses', () => {
    const { server, edit } = serverAndPeer();
    const both = edit((doc) => {
      answerText(doc).insert(1, 'x');
      doc.getMap(META_MAP).set('title', 'Mine now');
    });
    expect(judgeWorksheetUpdate('client', server, both)).toMatchObject({
      allowed: false,
      change: 'response',
      reason: 'meta-key-not-permitted',
    });
  });
});

describe('R21: comments closed until the comments feature defines its checker', () => {
  it('R21: nobody may write a thread to "comments"', () => {
    const { server, edit } = serverAndPeer();
    const thread = edit((doc) => doc.getMap(COMMENTS_MAP).set('thread-1', { text: 'Nice work' }));
    for (const role of ['therapist', 'client'] as const) {
      expect(judgeWorksheetUpdate(role, server, thread)).toMatchObject({
        allowed: false,
        reason: 'comments-not-open',
      });
    }
  });

  it('R21: nobody may delete what "comments" already holds', () => {
    const { server, edit } = serverAndPeer((doc) =>
      doc.getMap(COMMENTS_MAP).set('thread-1', { text: 'Old' }),
    );
    const removed = edit((doc) => doc.getMap(COMMENTS_MAP).delete('thread-1'));
    expect(judgeWorksheetUpdate('therapist', server, removed)).toMatchObject({ reason: 'comments-not-open' });
  });
});
