import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

interface ChunkLinks {
  imports: string[];
  dynamicImports: string[];
  isEntry: boolean;
}

/**
 * Prints, after each build, what the first page load costs (index.html's entry and every chunk it
 * imports statically), what the app the entry loads next adds, and what each lazily loaded chunk
 * adds: decoded, and as the server sends it (the precompressed `.br` and `.gz` files; put this plugin after precompressAssets). The budget
 * itself is asserted by e2e/shell-bundle.e2e.ts.
 */
export function reportEntrySizes(): Plugin {
  let config: ResolvedConfig;
  const chunks = new Map<string, ChunkLinks>();
  return {
    name: 'interlude:report-entry-sizes',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      chunks.clear();
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') chunks.set(fileName, output);
      }
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        if (chunks.size === 0) return; // the build failed before writing anything
        const entries = [...chunks].filter(([, chunk]) => chunk.isEntry).map(([file]) => file);
        const firstLoad = staticClosure(chunks, entries, new Set());
        const lines = [`first load (${entries.join(', ')} + static imports): ${describe(outDir, firstLoad)}`];
        // What the entry itself loads later (the app, after sign-in or on any other route), then each
        // screen on top of first load and app: what opening that screen adds.
        const appChunks = entries.flatMap((file) => chunks.get(file)?.dynamicImports ?? []);
        const app = staticClosure(chunks, appChunks, firstLoad);
        lines.push(`then the app (${appChunks.join(', ')} + static imports): +${describe(outDir, app)}`);
        const loaded = [...firstLoad, ...app];
        const lazy = new Set([...chunks.values()].flatMap((chunk) => chunk.dynamicImports));
        for (const file of [...lazy].sort()) {
          if (appChunks.includes(file)) continue;
          lines.push(`  lazy ${file}: +${describe(outDir, staticClosure(chunks, [file], loaded))}`);
        }
        config.logger.info(`\nJavaScript, as the server sends it\n${lines.join('\n')}\n`);
      },
    },
  };
}

/** The files `start` loads before running: themselves and their static imports, minus `loaded`. */
function staticClosure(chunks: Map<string, ChunkLinks>, start: string[], loaded: Iterable<string>): string[] {
  const skip = new Set(loaded);
  const seen = new Set<string>();
  const pending = [...start];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || skip.has(file)) continue;
    seen.add(file);
    pending.push(...(chunks.get(file)?.imports ?? []));
  }
  return [...seen];
}

function describe(outDir: string, files: string[]): string {
  const total = (suffix: string) =>
    files.reduce((sum, file) => sum + sizeOf(path.join(outDir, `${file}${suffix}`)), 0);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return `${kib(total(''))} decoded, ${kib(total('.br'))} brotli, ${kib(total('.gz'))} gzip`;
}

function sizeOf(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}
