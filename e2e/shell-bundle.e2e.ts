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
  return scriptsImportedStatically([entry, ...preloaded]);
}

/** These scripts and every chunk they import statically, as paths under dist. */
function scriptsImportedStatically(start: string[]): string[] {
  const loaded = new Set<string>();
  const pending = [...start];
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

test('the scripts every page loads hold no Tiptap, ProseMirror, Yjs or charts', () => {
  const files = scriptsLoadedOnEveryPage();
  for (const file of files) {
    const code = fs.readFileSync(path.join(webDistDir, file), 'utf8');
    expect(code.match(/tiptap|prosemirror|Yjs was already imported|recharts-wrapper/gi) ?? [], file).toEqual(
      [],
    );
  }
  const gzipBytes = files.reduce(
    (total, file) => total + gzipSync(fs.readFileSync(path.join(webDistDir, file))).length,
    0,
  );
  console.log(
    `scripts loaded on every page: ${files.join(', ')} (${(gzipBytes / 1024).toFixed(1)} KiB gzip)`,
  );
});

// The lazily loaded routes share the editor, so the bundler may put it in a chunk of its own: follow their imports.
test.each(['WorksheetPage', 'TemplatePreviewPage', 'TemplateEditorPage'])(
  'the %s route still brings the editor (so the check above looks for the right words)',
  (route) => {
    const assets = fs.readdirSync(path.join(webDistDir, 'assets'));
    const chunk = assets.find((name) => name.startsWith(`${route}-`) && name.endsWith('.js'));
    expect(chunk, `a ${route} chunk`).toBeDefined();
    const scripts = scriptsImportedStatically([`assets/${chunk}`]);
    expect(
      scripts.some((file) =>
        /tiptap|prosemirror/i.test(fs.readFileSync(path.join(webDistDir, file), 'utf8')),
      ),
    ).toBe(true);
  },
);
