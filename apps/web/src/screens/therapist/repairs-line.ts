import { formatRelative } from '../../ui/dates';

export interface RepairCount {
  count: number;
  lastAt: string | null;
}

/**
 * The therapist's line about changes the relay undid (docs/relay.md R23): a device sent a change its person's
 * role may not make, the server undid that part and kept the rest. Null when it never happened.
 */
export function repairsLine(repairs: RepairCount | null, now = Date.now()): string | null {
  if (!repairs || repairs.count === 0) return null;
  const times = repairs.count === 1 ? 'once' : `${repairs.count} times`;
  const when = repairs.lastAt ? ` (last ${formatRelative(repairs.lastAt, now)})` : '';
  return `The server undid a change it does not allow ${times}${when}; the rest was kept. See the activity log.`;
}
