import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { webDistDir } from './harness/server.js';

// Reads the built app, no browser: the sign-in page must not download the editor (it loads with the
// worksheet route). Lint guards the imports; this guards what the bundler actually made of them.

/** The entry script of index.html and every chunk it imports statically (dynamic imports load later). */
function scriptsLoadedOnEveryPage(): string[] {
  const html = fs.readFileSync(path.join(webDistDir, 'index.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
  if (entry === undefined) throw new Error('index.html has no module script');
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
  const loaded = new Set<string>();
  const pending = [entry, ...preloaded];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (loaded.has(file)) continue;
    loaded.add(file);
    const code = fs.readFileSync(path.join(webDistDir, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) {
      pending.push(path.posix.join(path.posix.dirname(file), match[1]!));
    }
  }
  return [...loaded];
}

test('the scripts every page loads hold no Tiptap, ProseMirror or Yjs', () => {
  const files = scriptsLoadedOnEveryPage();
  for (const file of files) {
    const code = fs.readFileSync(path.join(webDistDir, file), 'utf8');
    expect(code.match(/tiptap|prosemirror|Yjs was already imported/gi) ?? [], file).toEqual([]);
  }
  const gzipBytes = files.reduce(
    (total, file) => total + gzipSync(fs.readFileSync(path.join(webDistDir, file))).length,
    0,
  );
  console.log(
    `scripts loaded on every page: ${files.join(', ')} (${(gzipBytes / 1024).toFixed(1)} KiB gzip)`,
  );
});

test('the worksheet route still brings the editor (so the check above looks for the right words)', () => {
  const assets = fs.readdirSync(path.join(webDistDir, 'assets')).filter((name) => name.endsWith('.js'));
  const withTiptap = assets.filter((name) =>
    /tiptap|prosemirror/i.test(fs.readFileSync(path.join(webDistDir, 'assets', name), 'utf8')),
  );
  expect(withTiptap.some((name) => name.startsWith('WorksheetPage-'))).toBe(true);
});
