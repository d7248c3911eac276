import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves the built single-page app: real files as they are, and index.html for any other
 * GET that is not an API, sync or health path, so client-side routes survive a reload.
 */
export function serveWebApp(app: Hono, webDistDir: string): void {
  const indexPath = path.join(webDistDir, 'index.html');
  const root = path.relative(process.cwd(), webDistDir) || '.';
  app.use('/assets/*', serveStatic({ root }));
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' || isServerPath(c.req.path)) return next();
    const filePath = path.join(webDistDir, path.normalize(c.req.path));
    if (filePath.startsWith(webDistDir) && c.req.path !== '/' && fs.existsSync(filePath)) {
      return serveStatic({ root })(c, next);
    }
    if (!fs.existsSync(indexPath)) {
      return c.text('The web app is not built yet: run `pnpm --filter @interlude/web build`.', 503);
    }
    return c.html(fs.readFileSync(indexPath, 'utf8'));
  });
}

function isServerPath(requestPath: string): boolean {
  return ['/api', '/sync', '/health'].some(
    (prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`),
  );
}
