import type { Server } from 'node:http';
import { Hono } from 'hono';
import type { WebSocketServer } from 'ws';
import { apiDependenciesFor } from './api/api-wiring.js';
import { mountApi } from './api/create-api.js';
import type { AuthorizeWorksheet } from './relay/authorize.js';
import { RelayUpgrades } from './relay/relay-upgrades.js';
import type { ServerContext } from './server-context.js';
import { serveWebApp } from './web/serve-web-app.js';

export interface CreateAppOptions {
  /** Decides who may open which worksheet over the relay; without one everyone is refused (4401). */
  authorizeWorksheet?: AuthorizeWorksheet;
}

export interface InterludeApp {
  app: Hono;
  /** Attaches the relay's WebSocket upgrades to the HTTP server once it exists. */
  attachWebSockets(server: Server): void;
  webSocketServer: WebSocketServer;
}

/**
 * The HTTP side of the server: health, the JSON API and the built web app, and the relay's
 * WebSocket route on the same port.
 */
export function createApp(context: ServerContext, options: CreateAppOptions): InterludeApp {
  const app = new Hono();

  app.get('/health', (c) => {
    if (!context.isReady()) return c.json({ status: 'starting' }, 503);
    return c.json({ status: 'ok', uptimeMs: context.clock.now() - context.startedAt });
  });

  const upgrades = new RelayUpgrades({
    relay: context.relay,
    authorizeWorksheet: options.authorizeWorksheet,
    maxMessageBytes: context.config.relay.maxMessageBytes,
    logger: context.relay.logger,
  });

  mountApi(app, apiDependenciesFor(context));

  if (context.config.webDistDir) serveWebApp(app, context.config.webDistDir);
  return {
    app,
    attachWebSockets: (server) => upgrades.attachTo(server),
    webSocketServer: upgrades.webSocketServer,
  };
}
