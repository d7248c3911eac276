import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files that are text, so worth compressing (images are compressed already). */
export const compressibleExtensions = ['.js', '.css', '.html', '.webmanifest', '.json', '.svg', '.txt'];

/**
 * Writes `file.br` and `file.gz` beside every text file of the build, at the strongest settings,
 * once; the server picks one by the request's Accept-Encoding (sync-server/src/web/). Runs after
 * every other plugin has written its files (the service worker too).
 */
export function precompressAssets(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'interlude:precompress-assets',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        await Promise.all(textFilesUnder(outDir).map(compressBeside));
      },
    },
  };
}

function textFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && compressibleExtensions.includes(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function compressBeside(file: string): Promise<void> {
  const content = await fs.promises.readFile(file);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([fs.promises.writeFile(`${file}.br`, br), fs.promises.writeFile(`${file}.gz`, gz)]);
}
