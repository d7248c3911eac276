import { createEntryJSON, type EntryFieldDefinition, type WorksheetJSON } from '@interlude/schema';
import { worksheetSchema } from '@interlude/schema/tiptap';
import * as Y from 'yjs';

/**
 * Edits a client makes in a worksheet's Y.Doc, written the way the editor's Yjs binding writes them
 * (an element per node, its attributes, text in Y.XmlText), so the relay's role judge admits them.
 * For tests and benchmarks that play a client without a browser.
 */

/** The first node called `nodeName` (with `id`, when given), depth first. */
export function findElement(
  parent: Y.XmlFragment | Y.XmlElement,
  nodeName: string,
  id?: string,
): Y.XmlElement | undefined {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === nodeName && (id === undefined || child.getAttribute('id') === id)) return child;
    const inner = findElement(child, nodeName, id);
    if (inner) return inner;
  }
  return undefined;
}

/** Every element called `nodeName`, depth first. */
export function allElements(parent: Y.XmlFragment | Y.XmlElement, nodeName: string): Y.XmlElement[] {
  const found: Y.XmlElement[] = [];
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === nodeName) found.push(child);
    found.push(...allElements(child, nodeName));
  }
  return found;
}

/** The answer text of a prompt (its first paragraph's text), created when the prompt is still empty. */
export function promptAnswerText(prompt: Y.XmlElement): Y.XmlText {
  const paragraph = prompt.get(0);
  if (!(paragraph instanceof Y.XmlElement)) throw new Error('A prompt without an answer paragraph');
  const first = paragraph.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

type ProseMirrorNode = ReturnType<typeof worksheetSchema.nodeFromJSON>;

function toYElement(node: ProseMirrorNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type.name);
  for (const [key, value] of Object.entries(node.attrs)) {
    if (value !== null) element.setAttribute(key, value as never);
  }
  const children: Array<Y.XmlElement | Y.XmlText> = [];
  node.forEach((child) => {
    if (child.isText) children.push(new Y.XmlText(child.text ?? ''));
    else children.push(toYElement(child));
  });
  if (children.length > 0) element.insert(0, children);
  return element;
}

/** Adds a new entry (a diary day) at the end of an entry group, as the client's "Add …" button does. */
export function addEntry(group: Y.XmlElement, date: string): Y.XmlElement {
  const fields = group.getAttribute('fields') as unknown as EntryFieldDefinition[];
  const json: WorksheetJSON = createEntryJSON(fields, date);
  const element = toYElement(worksheetSchema.nodeFromJSON(json));
  group.insert(group.length, [element]);
  return element;
}
