import { createNodeId } from '@interlude/schema';
import { worksheetNodes } from '@interlude/schema/tiptap';
import { Extension, getChangedRanges } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { cameThroughYjs } from '../role-guard/role-guard.js';

const WORKSHEET_NODE_NAMES = new Set<string>(worksheetNodes.map((node) => node.name));

export const uniqueNodeIdsPluginKey = new PluginKey('worksheetUniqueNodeIds');

function idCounts(doc: ProseMirrorNode): Map<string, number> {
  const counts = new Map<string, number>();
  doc.descendants((node) => {
    const id = node.attrs.id;
    if (WORKSHEET_NODE_NAMES.has(node.type.name) && typeof id === 'string')
      counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}

/**
 * Keeps node ids unique: a pasted or duplicated block arrives with the id of the block it was copied from,
 * and answers are told apart by id. Only blocks inside this edit's changed ranges get a new id, so the
 * original keeps its own. Edits that came through Yjs were already made unique by whoever made them.
 */
export const UniqueNodeIds = Extension.create({
  name: 'worksheetUniqueNodeIds',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: uniqueNodeIdsPluginKey,
        appendTransaction: (transactions: readonly Transaction[], _oldState, newState) => {
          const local = transactions.filter(
            (transaction) => transaction.docChanged && !cameThroughYjs(transaction),
          );
          if (local.length === 0) return null;
          const counts = idCounts(newState.doc);
          if ([...counts.values()].every((count) => count === 1)) return null;

          const tr = newState.tr;
          for (const transaction of local) {
            for (const { newRange } of getChangedRanges(transaction)) {
              const from = tr.mapping.map(newRange.from);
              const to = Math.min(tr.doc.content.size, tr.mapping.map(newRange.to));
              tr.doc.nodesBetween(from, to, (node, pos) => {
                const id = node.attrs.id;
                if (!WORKSHEET_NODE_NAMES.has(node.type.name) || typeof id !== 'string') return;
                if ((counts.get(id) ?? 0) < 2) return;
                counts.set(id, (counts.get(id) ?? 0) - 1);
                tr.setNodeAttribute(pos, 'id', createNodeId());
              });
            }
          }
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
