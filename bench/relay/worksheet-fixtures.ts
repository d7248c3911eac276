// Worksheets of a chosen size for the benchmarks: sections of a paragraph, a prompt with an answer
// and a scale, seeded as the server seeds a new worksheet (encodeWorksheetSeed).
import { CONTENT_FIELD, doc, paragraph, prompt, scale, type WorksheetMeta } from '@interlude/schema';
import { encodeWorksheetSeed } from '@interlude/schema/tiptap';
import type * as Y from 'yjs';

const meta: WorksheetMeta = {
  schemaVersion: 1,
  title: 'Bench',
  kind: 'worksheet',
  templateId: null,
  templateVersion: null,
};
const answerText =
  'I noticed my shoulders tensing before the meeting and told myself it would go badly. '.repeat(2);

/** The seed update of a worksheet of `sections` sections (about 600 bytes each). */
export function worksheetWithSections(sections: number): Uint8Array {
  const blocks = [];
  for (let index = 0; index < sections; index += 1) {
    blocks.push(paragraph(`Section ${index}: read this before you answer.`));
    blocks.push(prompt({ id: `p${index}`, question: `Question ${index}?` }, [paragraph(answerText)]));
    blocks.push(scale({ id: `s${index}`, label: `Rating ${index}`, min: 0, max: 10 }));
  }
  return encodeWorksheetSeed(doc(...blocks), meta);
}

/** A worksheet grown until its encoded seed passes `targetBytes`. */
export function worksheetOfSize(targetBytes: number): Uint8Array {
  let sections = Math.max(1, Math.round(targetBytes / 600));
  for (;;) {
    const seed = worksheetWithSections(sections);
    if (seed.byteLength >= targetBytes) return seed;
    sections = Math.ceil(sections * (targetBytes / seed.byteLength) * 1.02);
  }
}

export const sectionsOf = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FIELD).length / 3;

export const promptAt = (ydoc: Y.Doc, section: number) =>
  ydoc.getXmlFragment(CONTENT_FIELD).get(section * 3 + 1) as Y.XmlElement;

/** The text of a section's answer: where a client types (the relay's answer-edit fast path). */
export const answerOf = (ydoc: Y.Doc, section: number) =>
  (promptAt(ydoc, section).get(0) as Y.XmlElement).get(0) as Y.XmlText;
