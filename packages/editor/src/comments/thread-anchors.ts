import { COMMENT_MARK, type CommentThread, NODE_NAMES } from '@interlude/schema';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Where a thread is anchored in the document now: a stretch of text, or a whole block. */
export type ThreadAnchorPlace =
  | { kind: 'text'; from: number; to: number; quote: string }
  | { kind: 'node'; from: number; to: number; nodeId: string; label: string };

/** A thread and where it is; `place` is null when its text was deleted or its block removed (detached). */
export interface PlacedThread {
  thread: CommentThread;
  place: ThreadAnchorPlace | null;
}

export interface ArrangedThreads {
  /** Threads whose anchor is in the document, in document order. */
  placed: PlacedThread[];
  /** Threads whose anchor is gone, oldest first: never dropped, so nothing anyone wrote is lost. */
  detached: PlacedThread[];
}

const QUOTE_CHARS = 80;

/** The text span each thread id's comment marks cover (from the first marked character to the last). */
export function textAnchorRanges(doc: ProseMirrorNode): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const threadId = mark.type.name === COMMENT_MARK ? mark.attrs.threadId : null;
      if (typeof threadId !== 'string') continue;
      const end = pos + node.nodeSize;
      const known = ranges.get(threadId);
      ranges.set(
        threadId,
        known ? { from: known.from, to: Math.max(known.to, end) } : { from: pos, to: end },
      );
    }
    return false;
  });
  return ranges;
}

/** The position and size of every block with an id, for threads on a whole prompt, scale or goal. */
export function blocksById(doc: ProseMirrorNode): Map<string, { from: number; node: ProseMirrorNode }> {
  const blocks = new Map<string, { from: number; node: ProseMirrorNode }>();
  doc.descendants((node, pos) => {
    if (node.isText) return false;
    const id = node.attrs.id;
    if (typeof id === 'string' && !blocks.has(id)) blocks.set(id, { from: pos, node });
    return true;
  });
  return blocks;
}

/** Blocks a thread can be on as a whole (not those inside a client's diary entry). */
export const COMMENTABLE_BLOCKS = new Set<string>([NODE_NAMES.prompt, NODE_NAMES.scale, NODE_NAMES.goal]);

/**
 * The id of the innermost question, rating or goal around `pos`, or null (outside one, or inside a diary
 * entry): where a comment can go when the words it was written on are deleted meanwhile.
 */
export function commentableBlockAround(doc: ProseMirrorNode, pos: number): string | null {
  const $pos = doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name === NODE_NAMES.entry) return null;
    if (COMMENTABLE_BLOCKS.has(node.type.name) && typeof node.attrs.id === 'string') return node.attrs.id;
  }
  return null;
}

/** What a person calls a block in a thread's heading: its question, label or goal title. */
export function blockLabel(node: ProseMirrorNode): string {
  const { attrs } = node;
  const text = [attrs.question, attrs.label, attrs.title].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  const kind =
    node.type.name === NODE_NAMES.prompt
      ? 'question'
      : node.type.name === NODE_NAMES.goal
        ? 'goal'
        : node.type.name === NODE_NAMES.scale
          ? 'rating'
          : 'block';
  return text ? shorten(text) : `Untitled ${kind}`;
}

export function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > QUOTE_CHARS ? `${single.slice(0, QUOTE_CHARS - 1)}…` : single;
}

/** Places each thread in the document and sorts them as they appear there; the rest are detached. */
export function arrangeThreads(doc: ProseMirrorNode, threads: readonly CommentThread[]): ArrangedThreads {
  const ranges = textAnchorRanges(doc);
  const needsBlocks = threads.some((thread) => thread.start.anchor?.kind === 'node');
  const blocks = needsBlocks ? blocksById(doc) : new Map<string, { from: number; node: ProseMirrorNode }>();
  const placed: PlacedThread[] = [];
  const detached: PlacedThread[] = [];
  for (const thread of threads) {
    const place = placeOf(doc, thread, ranges, blocks);
    (place ? placed : detached).push({ thread, place });
  }
  // Threads arrive oldest first, and the sort is stable: two threads on one spot stay in the order written.
  placed.sort((a, b) => (a.place?.from ?? 0) - (b.place?.from ?? 0));
  return { placed, detached };
}

function placeOf(
  doc: ProseMirrorNode,
  thread: CommentThread,
  ranges: Map<string, { from: number; to: number }>,
  blocks: Map<string, { from: number; node: ProseMirrorNode }>,
): ThreadAnchorPlace | null {
  const anchor = thread.start.anchor;
  if (anchor?.kind === 'node') {
    const block = blocks.get(anchor.nodeId);
    if (!block) return null;
    const { from, node } = block;
    return { kind: 'node', from, to: from + node.nodeSize, nodeId: anchor.nodeId, label: blockLabel(node) };
  }
  const range = ranges.get(thread.start.id);
  if (!range) return null;
  return { kind: 'text', ...range, quote: shorten(doc.textBetween(range.from, range.to, ' ')) };
}
