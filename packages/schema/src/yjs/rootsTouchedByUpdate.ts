import * as Y from 'yjs';

/** Where an item sits: under which root type, and whether directly in it (then as a map entry or a list item). */
interface Placement {
  root: string;
  direct: boolean;
  keyed: boolean;
}

const UNRESOLVED = Symbol('unresolved');
/** `null`: the item lands nowhere (it builds on garbage-collected content, so Yjs discards it). */
type Resolution = Placement | null | typeof UNRESOLVED;

/** An item the update places directly in a root type: enough to tell a map entry from a list item. */
export interface RootLevelItem {
  root: string;
  keyed: boolean;
  content: Y.Item['content'];
}

export interface UpdateRoots {
  /** Root types the update adds to or deletes from. */
  touched: Set<string>;
  /** The update's items that sit directly in a root type. */
  rootLevelItems: RootLevelItem[];
  /** Some item builds on one that neither the update nor the document holds. */
  incomplete: boolean;
}

type Struct = Y.Item | Y.GC | Y.Skip;

function indexAt(structs: readonly Struct[] | undefined, clock: number): number {
  if (!structs || structs.length === 0) return -1;
  const last = structs[structs.length - 1]!;
  if (clock < structs[0]!.id.clock || clock >= last.id.clock + last.length) return -1;
  return Y.findIndexSS(structs as (Y.Item | Y.GC)[], clock);
}

function structAt(structs: readonly Struct[] | undefined, clock: number): Struct | undefined {
  const index = indexAt(structs, clock);
  return index < 0 ? undefined : structs![index];
}

function placementInDoc(struct: Struct): Placement | null {
  if (!(struct instanceof Y.Item)) return null;
  let type = struct.parent as Y.AbstractType<unknown>;
  const direct = type._item === null;
  while (type._item !== null) type = type._item.parent as Y.AbstractType<unknown>;
  return { root: Y.findRootTypeKey(type), direct, keyed: struct.parentSub !== null };
}

/**
 * The root types a Yjs update touches, read from the update itself: an item placed at the start of a root type
 * names it; any other item names its parent item or the neighbour it was inserted next to, which is found in the
 * update or looked up in `doc`; deletions are looked up in `doc`. The cost follows the update, not the document.
 */
export function rootsTouchedByUpdate(doc: Y.Doc, update: Uint8Array): UpdateRoots {
  const { structs, ds } = Y.decodeUpdate(update);
  const updateStructs = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = updateStructs.get(struct.id.client) ?? [];
    list.push(struct);
    updateStructs.set(struct.id.client, list);
  }
  const inDoc = (id: Y.ID) => structAt(doc.store.clients.get(id.client), id.clock);
  const inUpdate = (id: Y.ID) => structAt(updateStructs.get(id.client), id.clock);

  // Decoded items carry `parent` as a root name (string), a parent item's ID, or null (then taken from an origin).
  type Step = { result: Resolution } | { next: Y.Item; asChild: boolean };
  const stepOf = (item: Y.Item): Step => {
    const integrated = inDoc(item.id);
    if (integrated) return { result: placementInDoc(integrated) };
    const parent = item.parent as unknown;
    if (typeof parent === 'string')
      return { result: { root: parent, direct: true, keyed: item.parentSub !== null } };
    const asChild = parent instanceof Y.ID;
    const anchor = asChild ? parent : (item.origin ?? item.rightOrigin);
    if (!anchor) return { result: UNRESOLVED };
    const known = inDoc(anchor);
    if (known) {
      const placement = placementInDoc(known);
      if (!asChild || placement === null) return { result: placement };
      return { result: { root: placement.root, direct: false, keyed: item.parentSub !== null } };
    }
    const next = inUpdate(anchor);
    if (next instanceof Y.Item) return { next, asChild };
    return { result: next ? null : UNRESOLVED };
  };

  const resolved = new Map<Y.Item, Resolution>();
  const resolve = (start: Y.Item): Resolution => {
    // Iterative, since a long run of insertions chains each item to the one before it.
    const chain: { item: Y.Item; asChild: boolean }[] = [];
    const visiting = new Set<Y.Item>();
    let current = start;
    let result: Resolution;
    for (;;) {
      const known = resolved.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (visiting.has(current)) {
        result = UNRESOLVED;
        break;
      }
      visiting.add(current);
      const step = stepOf(current);
      if ('result' in step) {
        result = step.result;
        resolved.set(current, result);
        break;
      }
      chain.push({ item: current, asChild: step.asChild });
      current = step.next;
    }
    for (const { item, asChild } of chain.reverse()) {
      if (asChild && result !== null && result !== UNRESOLVED) {
        result = { root: result.root, direct: false, keyed: item.parentSub !== null };
      }
      resolved.set(item, result);
    }
    return result;
  };

  const roots: UpdateRoots = { touched: new Set(), rootLevelItems: [], incomplete: false };
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const placement = resolve(struct);
    if (placement === UNRESOLVED) roots.incomplete = true;
    else if (placement !== null) {
      roots.touched.add(placement.root);
      if (placement.direct) {
        roots.rootLevelItems.push({ root: placement.root, keyed: placement.keyed, content: struct.content });
      }
    }
  }
  // Deletions of items the update itself holds are covered above; the rest are in the document.
  for (const [client, deletions] of ds.clients) {
    const docStructs = doc.store.clients.get(client) ?? [];
    for (const { clock, len } of deletions) {
      const first = indexAt(docStructs, clock);
      for (let index = first; index >= 0 && index < docStructs.length; index++) {
        const struct = docStructs[index]!;
        if (struct.id.clock >= clock + len) break;
        const placement = placementInDoc(struct);
        if (placement) roots.touched.add(placement.root);
      }
    }
  }
  return roots;
}
