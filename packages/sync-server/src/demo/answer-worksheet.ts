import * as Y from 'yjs';

/** A client's answers to write into a demo worksheet, by node id. */
export interface DemoAnswers {
  prompts?: Record<string, string>;
  /** Scale values, goal progress or goal-step `checked`, by node id and attribute. */
  attributes?: Record<string, Record<string, number | boolean>>;
  handedInAt?: string;
}

/**
 * Writes answers the way the editor would (Yjs edits inside prompt nodes and on response
 * attributes) and returns them as one update on top of `stored`.
 */
export function encodeDemoAnswers(stored: Uint8Array[], answers: DemoAnswers): Uint8Array {
  const doc = new Y.Doc();
  try {
    for (const update of stored) Y.applyUpdate(doc, update);
    const before = Y.encodeStateVector(doc);
    const content = doc.getXmlFragment('content');
    doc.transact(() => {
      for (const [id, answer] of Object.entries(answers.prompts ?? {})) {
        const promptNode = findNode(content, 'prompt', id);
        const firstParagraph = promptNode?.get(0);
        if (!(firstParagraph instanceof Y.XmlElement)) throw new Error(`Demo prompt ${id} has no paragraph`);
        firstParagraph.insert(firstParagraph.length, [new Y.XmlText(answer)]);
      }
      for (const [id, attributes] of Object.entries(answers.attributes ?? {})) {
        const node = findNode(content, null, id);
        if (!node) throw new Error(`Demo node ${id} not found`);
        for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value as never);
      }
      if (answers.handedInAt) doc.getMap('meta').set('handedInAt', answers.handedInAt);
    });
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}

function findNode(
  parent: Y.XmlFragment | Y.XmlElement,
  nodeName: string | null,
  id: string,
): Y.XmlElement | undefined {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if ((nodeName === null || child.nodeName === nodeName) && child.getAttribute('id') === id) return child;
    const inner = findNode(child, nodeName, id);
    if (inner) return inner;
  }
  return undefined;
}
