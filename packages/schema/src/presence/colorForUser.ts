import type { Role } from '../permissions/role.js';

/**
 * Caret colours by role. Every colour carries white label text at a contrast ratio of at least 4.5:1 (WCAG
 * AA). Therapists draw from cool hues and clients from warm ones, so the two people in a session never share
 * a colour, whatever their ids hash to.
 */
export const CARET_COLORS_BY_ROLE: Readonly<Record<Role, readonly string[]>> = {
  therapist: [
    '#1f6feb', // blue
    '#1b7f3b', // green
    '#0e7490', // teal
    '#4f5bd5', // indigo
    '#5a6b00', // olive
  ],
  client: [
    '#b3261e', // red
    '#8250df', // violet
    '#b35900', // burnt orange
    '#bf3989', // magenta
    '#9a3412', // rust
  ],
};

export const CARET_COLORS: readonly string[] = [
  ...CARET_COLORS_BY_ROLE.therapist,
  ...CARET_COLORS_BY_ROLE.client,
];

/** A stable colour for a person: the same id and role always yield the same colour, on every device. */
export function colorForUser(userId: string, role: Role): string {
  // FNV-1a: a tiny, well-spread string hash, identical in every JavaScript engine.
  let hash = 0x811c9dc5;
  for (let index = 0; index < userId.length; index += 1) {
    hash ^= userId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const palette = CARET_COLORS_BY_ROLE[role];
  return palette[hash % palette.length]!;
}
