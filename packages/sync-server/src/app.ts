import { Hono } from 'hono';
import type { ServerContext } from './server-context.js';
import { serveWebApp } from './web/serve-web-app.js';

/**
 * The HTTP side of the server: health, the JSON API and the built web app.
 * The relay's WebSocket route is mounted here too (see relay/), on the same port.
 */
export function createApp(context: ServerContext): Hono {
  const app = new Hono();

  app.get('/health', (c) => {
    if (!context.isReady()) return c.json({ status: 'starting' }, 503);
    return c.json({ status: 'ok', uptimeMs: context.clock.now() - context.startedAt });
  });

  if (context.config.webDistDir) serveWebApp(app, context.config.webDistDir);
  return app;
}
