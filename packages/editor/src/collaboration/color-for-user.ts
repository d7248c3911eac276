/**
 * Caret colours: each carries white label text at a contrast ratio of at least 4.5:1 (WCAG AA), and the set
 * is spread around the hue circle so two people in one session are told apart easily.
 */
export const CARET_COLORS = [
  '#1f6feb', // blue
  '#b3261e', // red
  '#1b7f3b', // green
  '#8250df', // violet
  '#b35900', // burnt orange
  '#0e7490', // teal
  '#bf3989', // magenta
  '#5a6b00', // olive
  '#4f5bd5', // indigo
  '#9a3412', // rust
] as const;

/** A stable colour for a person: the same id always yields the same colour, on every device. */
export function colorForUser(userId: string): string {
  // FNV-1a: a tiny, well-spread string hash, identical in every JavaScript engine.
  let hash = 0x811c9dc5;
  for (let index = 0; index < userId.length; index += 1) {
    hash ^= userId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return CARET_COLORS[hash % CARET_COLORS.length]!;
}
