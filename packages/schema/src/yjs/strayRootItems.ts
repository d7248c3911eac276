import * as Y from 'yjs';

export type RootKind = 'map' | 'xml-fragment';

function liveItems(first: Y.Item | null): Y.Item[] {
  const items: Y.Item[] = [];
  for (let item = first; item !== null; item = item.right) if (!item.deleted) items.push(item);
  return items;
}

/**
 * The live items a document holds outside its layout: everything in a root type the layout does not name, list
 * items in a map root, and map entries or anything but elements directly in the fragment root. Reads only the
 * root level (the fragment's top-level blocks), so its cost follows the document's outline, not its text.
 */
export function strayRootItems(doc: Y.Doc, kindOf: (root: string) => RootKind | undefined): Y.Item[] {
  const stray: Y.Item[] = [];
  for (const [name, type] of doc.share) {
    const kind = kindOf(name);
    const listed = liveItems(type._start);
    const keyed = [...type._map.values()].filter((item) => !item.deleted);
    if (kind === undefined) stray.push(...listed, ...keyed);
    else if (kind === 'map') stray.push(...listed);
    else {
      stray.push(...keyed);
      for (const item of listed) {
        const isElement = item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement;
        if (!isElement) stray.push(item);
      }
    }
  }
  return stray;
}

/** Deletes the stray items (a deleted item takes its content with it); call inside a transaction. */
export function deleteStrayRootItems(doc: Y.Doc, kindOf: (root: string) => RootKind | undefined): number {
  const stray = strayRootItems(doc, kindOf);
  if (stray.length === 0) return 0;
  doc.transact((transaction) => {
    for (const item of stray) item.delete(transaction);
  });
  return stray.length;
}
