// Reads a V8 .cpuprofile and totals self time by function and by package, to see where a relay
// spends its CPU.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  hitCount?: number;
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

export function summarizeCpuProfile(
  file: string,
  top: number,
): { byFunction: SelfTime[]; byOwner: SelfTime[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
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
  });
  const ranked = (totals: Map<string, number>) =>
    [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, milliseconds: micros / 1000, share: micros / total }));
  return { byFunction: ranked(byFunction), byOwner: ranked(byOwner) };
}
