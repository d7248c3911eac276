import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { doc, paragraph, prompt, scale } from '../content/builders.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { CONTENT_FIELD, META_MAP, WORKSHEET_SCHEMA_VERSION } from '../document/layout.js';
import { migrateWorksheetDoc } from '../tiptap/migrateWorksheetDoc.js';
import { readWorksheetContent } from '../tiptap/worksheetDoc.js';
import { migrateDocument } from './migrateDocument.js';

/** A worksheet as the version-0 draft stored it. */
function versionZeroContent(): WorksheetJSON {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Answer both.' }] },
      {
        type: 'question',
        attrs: { id: 'q1', text: 'How was your week?', guidance: '', required: true },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Busy.' }] }],
      },
      {
        type: 'scale',
        attrs: {
          id: 's1',
          label: 'Mood',
          min: 0,
          max: 10,
          step: 1,
          lowLabel: 'Low',
          highLabel: 'High',
          anchors: [],
          metricKey: 'mood',
          required: false,
          value: 6,
        },
      },
    ],
  };
}

function expectedVersionOne(): WorksheetJSON {
  return doc(
    paragraph('Answer both.'),
    prompt({ id: 'q1', question: 'How was your week?', required: true }, [paragraph('Busy.')]),
    scale({
      id: 's1',
      label: 'Mood',
      min: 0,
      max: 10,
      minLabel: 'Low',
      maxLabel: 'High',
      metricKey: 'mood',
      value: 6,
    }),
  );
}

/** The version-0 worksheet as a stored Y.Doc, written element by element since today's schema cannot. */
function versionZeroDoc(): Y.Doc {
  const ydoc = new Y.Doc();
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(CONTENT_FIELD);
    const paragraphOf = (value: string) => {
      const element = new Y.XmlElement('paragraph');
      const textNode = new Y.XmlText();
      textNode.insert(0, value);
      element.insert(0, [textNode]);
      return element;
    };
    const question = new Y.XmlElement('question');
    for (const [key, value] of Object.entries(versionZeroContent().content![1]!.attrs!)) {
      if (value !== '') question.setAttribute(key, value);
    }
    question.insert(0, [paragraphOf('Busy.')]);
    const rating = new Y.XmlElement('scale');
    for (const [key, value] of Object.entries(versionZeroContent().content![2]!.attrs!)) {
      rating.setAttribute(key, value);
    }
    fragment.insert(0, [paragraphOf('Answer both.'), question, rating]);
    const meta = ydoc.getMap(META_MAP);
    meta.set('schemaVersion', 0);
    meta.set('title', 'Old worksheet');
    meta.set('kind', 'worksheet');
  });
  return ydoc;
}

describe('migrateDocument', () => {
  it('upgrades a version-0 document to the current model', () => {
    const result = migrateDocument(versionZeroContent(), 0);
    expect(result.schemaVersion).toBe(WORKSHEET_SCHEMA_VERSION);
    expect(result.applied).toHaveLength(1);
    expect(result.content).toEqual(expectedVersionOne());
  });

  it('leaves a current document as it is and its input untouched', () => {
    const input = versionZeroContent();
    migrateDocument(input, 0);
    expect(input).toEqual(versionZeroContent());
    expect(migrateDocument(expectedVersionOne(), WORKSHEET_SCHEMA_VERSION)).toEqual({
      content: expectedVersionOne(),
      schemaVersion: WORKSHEET_SCHEMA_VERSION,
      applied: [],
    });
  });

  it('refuses a document from a newer app, or from before any known version', () => {
    expect(() => migrateDocument(expectedVersionOne(), WORKSHEET_SCHEMA_VERSION + 1)).toThrow(
      expect.objectContaining({ reason: 'unknown-version' }),
    );
    expect(() => migrateDocument(expectedVersionOne(), -1)).toThrow(
      expect.objectContaining({ reason: 'unknown-version' }),
    );
  });
});

describe('migrateWorksheetDoc', () => {
  it('migrates a stored version-0 Y.Doc in place, once', () => {
    const ydoc = versionZeroDoc();
    expect(migrateWorksheetDoc(ydoc)).toBe(true);
    expect(readWorksheetContent(ydoc)).toEqual(expectedVersionOne());
    expect(ydoc.getMap(META_MAP).get('schemaVersion')).toBe(WORKSHEET_SCHEMA_VERSION);
    expect(migrateWorksheetDoc(ydoc)).toBe(false);
  });

  it('brings an offline peer holding the old version to the same content, without duplicates', () => {
    const server = versionZeroDoc();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(server));
    migrateWorksheetDoc(server);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(server, Y.encodeStateVector(peer)));
    expect(readWorksheetContent(peer)).toEqual(expectedVersionOne());
  });
});
