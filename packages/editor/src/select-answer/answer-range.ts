import { NODE_NAMES } from '@interlude/schema';
import type { ResolvedPos } from '@tiptap/pm/model';

/** The content of the innermost answer (a prompt's content) around `$pos`, or null outside every answer. */
export function answerRangeAround($pos: ResolvedPos): { from: number; to: number } | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).type.name === NODE_NAMES.prompt)
      return { from: $pos.start(depth), to: $pos.end(depth) };
  }
  return null;
}
