import fs from 'node:fs';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { fileResponse, immutableCaching, revalidateCaching } from './static-file.js';

/**
 * Serves the built single-page app: real files as they are (compressed as the client accepts,
 * hashed assets cached for a year, everything else revalidated), and index.html for any other GET
 * that is not an API, sync or health path, so client-side routes survive a reload. A missing
 * `/assets/` file is a 404, never index.html: a page of an older deploy must not run HTML as a script. So is
 * any other missing file (`/favicon.ico`): the app's routes never end in a file extension.
 */
export function serveWebApp(app: Hono, webDistDir: string): void {
  const root = path.resolve(webDistDir);
  const indexPath = path.join(root, 'index.html');
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    if (isServerPath(c.req.path)) return next();
    const filePath = builtFileAt(root, c.req.path);
    if (filePath) {
      const caching = c.req.path.startsWith('/assets/') ? immutableCaching : revalidateCaching;
      return respond(c, filePath, caching);
    }
    if (c.req.path.startsWith('/assets/') || namesAFile(c.req.path)) return c.text('Not found', 404);
    if (!fs.existsSync(indexPath)) {
      return c.text('The web app is not built yet: run `pnpm --filter @interlude/web build`.', 503);
    }
    return respond(c, indexPath, revalidateCaching);
  });
}

function respond(c: Context, filePath: string, caching: string): Response {
  return fileResponse(
    filePath,
    {
      acceptEncoding: c.req.header('Accept-Encoding'),
      ifNoneMatch: c.req.header('If-None-Match'),
      head: c.req.method === 'HEAD',
    },
    caching,
  );
}

/** The file under `root` that `requestPath` names, if it exists (never outside root, never a folder). */
function builtFileAt(root: string, requestPath: string): string | null {
  if (requestPath === '/') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  const filePath = path.join(root, path.normalize(decoded));
  if (!filePath.startsWith(`${root}${path.sep}`)) return null;
  return fs.statSync(filePath, { throwIfNoEntry: false })?.isFile() ? filePath : null;
}

function namesAFile(requestPath: string): boolean {
  return /\.[a-z0-9]{1,8}$/i.test(requestPath.slice(requestPath.lastIndexOf('/') + 1));
}

function isServerPath(requestPath: string): boolean {
  return ['/api', '/sync', '/health'].some(
    (prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`),
  );
}
