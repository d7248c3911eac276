// Reads a V8 .cpuprofile and totals self time by function and by package, to see where a relay
// spends its CPU.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  hitCount?: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  milliseconds: number;
  share: number;
}

/** Where a script lives: its package for dependencies, the repository path for our own code. */
function ownerOf(url: string): string {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1]!;
  if (url.startsWith('node:') || url === '') return url || '(native / idle / gc)';
  const own = /\/work\/main\/(.*)$/.exec(url.replace('file://', ''));
  return own ? own[1]!.split('/').slice(0, 4).join('/') : url;
}

export interface ProfileSummary {
  byFunction: SelfTime[];
  byOwner: SelfTime[];
  /** Inclusive time (self plus callees) of each function named in `focus`. */
  inclusive: SelfTime[];
}

export function summarizeCpuProfile(
  file: string,
  top: number,
  focus: readonly string[] = [],
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const inclusive = new Map<string, number>(focus.map((name) => [name, 0]));
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((nodeId, index) => {
    const node = nodesById.get(nodeId);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!node) return;
    total += micros;
    const frame = node.callFrame;
    const functionKey = `${frame.functionName || '(anonymous)'} ${ownerOf(frame.url)}:${frame.lineNumber + 1}`;
    byFunction.set(functionKey, (byFunction.get(functionKey) ?? 0) + micros);
    const owner = frame.url ? ownerOf(frame.url) : frame.functionName;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    // Count each focused function once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let id: number | undefined = nodeId; id !== undefined; id = parentOf.get(id)) {
      const name = nodesById.get(id)?.callFrame.functionName ?? '';
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name)! + micros);
      }
    }
  });
  const ranked = (totals: Map<string, number>) =>
    [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, milliseconds: micros / 1000, share: micros / total }));
  return { byFunction: ranked(byFunction), byOwner: ranked(byOwner), inclusive: ranked(inclusive) };
}
