import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { newContext, newPage, useBrowserSuite } from './harness/index.js';
import { webDistDir } from './harness/server.js';

// The sign-in page must not download the editor (it loads with the worksheet route): lint guards the
// imports, the first tests read what the bundler made of them. The last one is the size budget of a
// new visitor's first page, measured in Chromium as the server sends it (docs/offline.md).

/**
 * What a signed-out first visit may download in JavaScript: the issue's target. The entry holds React,
 * React DOM and the standalone sign-in form; the router, the query library and every screen load
 * with the app, after signing in or on any other route (apps/web/src/main.tsx).
 */
const firstVisitBudget = { decodedKiB: 250, sentKiB: 90 };

const suite = useBrowserSuite();

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

// The split entry (apps/web/src/main.tsx): the router and the query library load with the app, not
// with the sign-in page. Their own error messages mark them in the bundle; the app's chunks must hold them.
const routerAndQueryMarks = /may be used only in the context of a <Router>|No QueryClient set/g;

test('the scripts every page loads hold neither React Router nor TanStack Query, which load with the app', () => {
  for (const file of scriptsLoadedOnEveryPage()) {
    const code = fs.readFileSync(path.join(webDistDir, file), 'utf8');
    expect(code.match(routerAndQueryMarks) ?? [], file).toEqual([]);
  }
  const assets = fs.readdirSync(path.join(webDistDir, 'assets'));
  const app = assets.find((name) => name.startsWith('full-app-') && name.endsWith('.js'));
  expect(app, 'the app chunk').toBeDefined();
  const appScripts = scriptsImportedStatically([`assets/${app}`]).map((file) =>
    fs.readFileSync(path.join(webDistDir, file), 'utf8'),
  );
  const found = new Set(appScripts.flatMap((code) => code.match(routerAndQueryMarks) ?? []));
  expect(found.size, 'both marks in the app chunk and its imports').toBe(2);
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

test('a signed-out first visit downloads at most the budget of JavaScript, decoded and as sent', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page, log } = await newPage(context);
  const scripts: { url: string; decoded: number; sent: number; encoding: string }[] = [];
  const measured: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    measured.push(
      (async () => {
        const [body, sizes] = await Promise.all([response.body(), response.request().sizes()]);
        scripts.push({
          url: new URL(response.url()).pathname,
          decoded: body.length,
          sent: sizes.responseBodySize,
          encoding: response.headers()['content-encoding'] ?? 'none',
        });
      })(),
    );
  });
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(measured);

  const kib = (bytes: number) => bytes / 1024;
  const decoded = kib(scripts.reduce((sum, script) => sum + script.decoded, 0));
  const sent = kib(scripts.reduce((sum, script) => sum + script.sent, 0));
  console.log(
    `sign-in page JavaScript: ${decoded.toFixed(1)} KiB decoded, ${sent.toFixed(1)} KiB sent ` +
      `(${scripts.map((script) => `${script.url} ${script.encoding}`).join(', ')})`,
  );
  // Everything it loads arrives compressed, and nothing beyond the scripts index.html names.
  expect(scripts.filter((script) => script.encoding !== 'br')).toEqual([]);
  expect(scripts.map((script) => script.url.slice(1)).sort()).toEqual(scriptsLoadedOnEveryPage().sort());
  expect(decoded).toBeLessThanOrEqual(firstVisitBudget.decodedKiB);
  expect(sent).toBeLessThanOrEqual(firstVisitBudget.sentKiB);
  expect(log.errors).toEqual([]);
  await context.close();
});
