import * as Y from 'yjs';
import { ANSWER_NODE_TYPES, WORKSHEET_MARK_TYPES } from '../content/answerContent.js';
import { RESPONSE_ATTRIBUTES, RESPONSE_CONTENT_NODES } from '../content/responsePart.js';
import { CONTENT_FIELD } from '../document/layout.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';

type Struct = Y.Item | Y.GC | Y.Skip;
type ItemContent = Y.Item['content'];

/** A parent type: one the document holds, or one the update creates (its item is in the update). */
type Parent = { inDoc: Y.AbstractType<unknown> } | { inUpdate: Y.Item };

/** Where an item sits: its parent and, for an attribute, its key. `null` when it cannot be told cheaply. */
type Placement = { parent: Parent; key: string | null } | null;

const NOT_A_NODE = '';
const WORKSHEET_NODE_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(NODE_NAMES),
  ...ANSWER_NODE_TYPES,
]);

const markName = (key: string) => key.replace(/--[a-zA-Z0-9+/=]{8}$/, '');

function structAt(structs: readonly Struct[] | undefined, clock: number): Struct | undefined {
  if (!structs || structs.length === 0) return undefined;
  const last = structs[structs.length - 1]!;
  if (clock < structs[0]!.id.clock || clock >= last.id.clock + last.length) return undefined;
  return structs[Y.findIndexSS(structs as (Y.Item | Y.GC)[], clock)];
}

const nodeNameOfType = (type: unknown): string => {
  if (type instanceof Y.XmlElement) return type.nodeName;
  if (type instanceof Y.XmlText) return 'text';
  return NOT_A_NODE;
};

/**
 * The fast path of admission (docs/relay.md R26): true when every item the update adds and every item it
 * deletes lies inside a response region of the worksheet's content (a prompt's answer, an entry group's entries,
 * or a response attribute of a node that has one) and adds only what such a region may hold. Read from the
 * update's structs and a few lookups in `doc` per item, so the cost follows the update, not the document.
 * False means only "not obviously permitted": the update then takes the full judge.
 */
export function updateStaysInResponses(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  const inDoc = (id: Y.ID) => structAt(doc.store.clients.get(id.client), id.clock);
  const inUpdate = (id: Y.ID) => structAt(byClient.get(id.client), id.clock);
  const placements = new Map<Y.Item, Placement>();

  const placementInDoc = (item: Y.Item): Placement => ({
    parent: { inDoc: item.parent as Y.AbstractType<unknown> },
    key: item.parentSub,
  });

  // Decoded items name their parent (a root name or the parent item's id) only when they have no neighbour;
  // otherwise they sit beside their origin, in the same parent under the same key.
  const placementOf = (start: Y.Item): Placement => {
    const chain: Y.Item[] = [];
    let item = start;
    let result: Placement | undefined;
    while (result === undefined) {
      const known = placements.get(item);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(item);
      if (chain.length > structs.length + 1) result = null;
      else if (typeof item.parent === 'string') result = null;
      else if (item.parent instanceof Y.ID) {
        const parentItem = inDoc(item.parent) ?? inUpdate(item.parent);
        if (!(parentItem instanceof Y.Item) || !(parentItem.content instanceof Y.ContentType)) result = null;
        else if (inDoc(parentItem.id)) {
          result = { parent: { inDoc: parentItem.content.type }, key: item.parentSub };
        } else result = { parent: { inUpdate: parentItem }, key: item.parentSub };
      } else {
        const anchorId = item.origin ?? item.rightOrigin;
        const anchor = anchorId ? (inDoc(anchorId) ?? inUpdate(anchorId)) : undefined;
        if (!(anchor instanceof Y.Item)) result = null;
        else if (inDoc(anchor.id)) result = placementInDoc(anchor);
        else item = anchor;
      }
    }
    for (const visited of chain) placements.set(visited, result);
    return result;
  };

  /** Node names from `parent` up to the content root (innermost first), or null if it is not in the content. */
  const ancestry = (parent: Parent): string[] | null => {
    const names: string[] = [];
    let current: Parent = parent;
    for (let depth = 0; depth < 64; depth++) {
      if ('inDoc' in current) {
        let type: Y.AbstractType<unknown> = current.inDoc;
        while (type._item !== null) {
          if (type._item.parentSub !== null) return null;
          names.push(nodeNameOfType(type));
          type = type._item.parent as Y.AbstractType<unknown>;
        }
        return type === doc.share.get(CONTENT_FIELD) ? names : null;
      }
      const item = current.inUpdate;
      names.push(nodeNameOfType((item.content as Y.ContentType).type));
      if (typeof item.parent === 'string')
        return item.parent === CONTENT_FIELD && item.parentSub === null ? names : null;
      const placement = placementOf(item);
      if (placement === null || placement.key !== null) return null;
      current = placement.parent;
    }
    return null;
  };

  /** Whether `content` may be placed as a child where `names` (innermost first) says. */
  const mayHoldChild = (names: string[], content: ItemContent): boolean => {
    const region = names.findIndex((name) => RESPONSE_CONTENT_NODES.has(name));
    if (region < 0) return false;
    const regionName = names[region]!;
    const between = names.slice(0, region);
    const childName =
      content instanceof Y.ContentType
        ? nodeNameOfType(content.type)
        : content instanceof Y.ContentDeleted
          ? null
          : 'inline';
    if (childName === null) return true;
    const parentName = names[0];
    if (childName === 'inline') {
      // Characters and known marks belong in a text.
      if (parentName !== 'text') return false;
      if (content instanceof Y.ContentString) return true;
      return content instanceof Y.ContentFormat && WORKSHEET_MARK_TYPES.has(markName(content.key));
    }
    if (regionName === NODE_NAMES.prompt) {
      const textOnly = between.every((name) => ANSWER_NODE_TYPES.has(name));
      if (region === 0) return textOnly && childName !== 'text' && ANSWER_NODE_TYPES.has(childName);
      return textOnly && ANSWER_NODE_TYPES.has(childName);
    }
    if (region === 0) return childName === NODE_NAMES.entry;
    return WORKSHEET_NODE_NAMES.has(childName) || childName === 'text';
  };

  /** Whether the attribute `key` of the node `names[0]` is the client's to set or remove. */
  const mayWriteAttribute = (names: string[], key: string): boolean => {
    const nodeName = names[0] ?? NOT_A_NODE;
    if (RESPONSE_ATTRIBUTES[nodeName]?.includes(key)) return true;
    // Inside an answer or an entry, every attribute is part of the response.
    return names.slice(1).some((name) => RESPONSE_CONTENT_NODES.has(name));
  };

  const mayPlace = (placement: Placement, content: ItemContent): boolean => {
    if (placement === null) return false;
    const names = ancestry(placement.parent);
    if (names === null) return false;
    return placement.key === null ? mayHoldChild(names, content) : mayWriteAttribute(names, placement.key);
  };

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) return false;
    const known = doc.store.clients.get(struct.id.client);
    const knownClock = known ? Y.getState(doc.store, struct.id.client) : 0;
    if (struct.id.clock + struct.length <= knownClock) continue;
    if (struct.id.clock < knownClock) return false;
    if (!mayPlace(placementOf(struct), struct.content)) return false;
  }
  for (const [client, deletions] of ds.clients) {
    const docStructs = doc.store.clients.get(client);
    for (const { clock, len } of deletions) {
      for (let at = clock; at < clock + len; ) {
        const struct = structAt(docStructs, at) ?? structAt(byClient.get(client), at);
        if (struct === undefined) return false;
        at = struct.id.clock + struct.length;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        // Deleting an item the update itself adds was judged with its insertion.
        if (!docStructs || structAt(docStructs, struct.id.clock) !== struct) continue;
        const placement = placementInDoc(struct);
        if (!mayPlace(placement, struct.content)) return false;
      }
    }
  }
  return true;
}
