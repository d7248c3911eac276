import { createEntryJSON, type EntryFieldDefinition, type WorksheetJSON } from '@interlude/schema';
import * as Y from 'yjs';

/** Finds a node of the worksheet's content fragment by its id attribute. */
export function findNode(parent: Y.XmlFragment | Y.XmlElement, id: string): Y.XmlElement | undefined {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.getAttribute('id') === id) return child;
    const inner = findNode(child, id);
    if (inner) return inner;
  }
  return undefined;
}

/** Builds the Yjs form of a node as the editor's binding stores it (attributes, children, text). */
function toYXml(node: WorksheetJSON): Y.XmlElement | Y.XmlText {
  if (node.type === 'text') return new Y.XmlText(node.text ?? '');
  const element = new Y.XmlElement(node.type);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value !== null && value !== undefined) element.setAttribute(name, value as never);
  }
  element.insert(0, (node.content ?? []).map(toYXml));
  return element;
}

/** The client's edits, made on their provider's document as the editor would make them. */
export const clientEdits = {
  setAttribute(doc: Y.Doc, nodeId: string, name: string, value: unknown): void {
    const node = findNode(doc.getXmlFragment('content'), nodeId);
    if (!node) throw new Error(`No node ${nodeId}`);
    node.setAttribute(name, value as never);
  },
  answerPrompt(doc: Y.Doc, nodeId: string, text: string): void {
    const node = findNode(doc.getXmlFragment('content'), nodeId);
    const paragraph = node?.get(0);
    if (!(paragraph instanceof Y.XmlElement)) throw new Error(`Prompt ${nodeId} has no paragraph`);
    paragraph.insert(paragraph.length, [new Y.XmlText(text)]);
  },
  /** Adds an entry with the group's fields, sets `values` on them by field label; returns the entry id. */
  addEntry(doc: Y.Doc, groupId: string, date: string, values: Record<string, unknown>): string {
    const group = findNode(doc.getXmlFragment('content'), groupId);
    if (!group) throw new Error(`No entry group ${groupId}`);
    const fields = group.getAttribute('fields') as unknown as EntryFieldDefinition[];
    const json = createEntryJSON(fields, date);
    for (const field of json.content ?? []) {
      const label = String(field.attrs?.label ?? field.attrs?.question ?? '');
      if (label in values) field.attrs = { ...field.attrs, value: values[label] };
    }
    group.insert(group.length, [toYXml(json)]);
    return String(json.attrs?.id);
  },
  handIn(doc: Y.Doc, at: string): void {
    doc.getMap('meta').set('handedInAt', at);
  },
};
