import type { NodeWebSocket } from '@hono/node-ws';
import { CloseCode } from '@interlude/schema/sync';
import type { Hono } from 'hono';
import type { WSContext } from 'hono/ws';
import type { WebSocket } from 'ws';
import {
  type AuthorizeWorksheet,
  closeCodeForDenial,
  denyAllWorksheets,
  isAccessDenied,
  type WorksheetAccess,
} from './authorize.js';
import type { Relay } from './relay.js';
import type { RelayConnection } from './relay-connection.js';
import type { RelayLogger } from './relay-logger.js';
import { closeReason, type RelaySocket } from './relay-socket.js';
import { isWorksheetId } from './worksheet-id.js';

export interface RelayRouteOptions {
  relay: Relay;
  nodeWebSocket: NodeWebSocket;
  /** Without one, every connection is refused with 4401 (denyAllWorksheets). */
  authorizeWorksheet?: AuthorizeWorksheet;
  maxMessageBytes: number;
  logger: RelayLogger;
}

type UpgradeDecision = { access: WorksheetAccess } | { closeCode: number; reason: string };

/**
 * Mounts `GET /sync/:worksheetId`. Authorisation is decided once, before the upgrade and before
 * any document is loaded; a denial still upgrades and then closes with a named code, because an
 * HTTP error reaches the browser only as 1006.
 */
export function mountRelayRoute(app: Hono, options: RelayRouteOptions): void {
  const { relay, nodeWebSocket, logger } = options;
  // ws closes larger frames itself with 1009 before buffering them whole.
  nodeWebSocket.wss.options.maxPayload = options.maxMessageBytes;

  app.get(
    '/sync/:worksheetId',
    nodeWebSocket.upgradeWebSocket(async (c) => {
      const worksheetId = c.req.param('worksheetId') ?? '';
      const decision = await decideUpgrade(
        options.authorizeWorksheet ?? denyAllWorksheets,
        c.req.raw,
        worksheetId,
        logger,
      );
      let connection: RelayConnection | null = null;
      return {
        onOpen(_event, ws) {
          // Listen on the raw socket, not through an onError event: @hono/node-ws builds an
          // ErrorEvent for that, which Node 20 lacks. ws reports oversized frames and broken
          // sockets here, then closes the socket itself.
          ws.raw?.on('error', (error) => logger.warn(`WebSocket error on ${worksheetId}: ${error.message}`));
          if ('closeCode' in decision) {
            ws.close(decision.closeCode, closeReason(decision.reason));
            return;
          }
          connection = relay.connect(adaptSocket(ws, logger), worksheetId, decision.access);
          const opened = connection;
          ws.raw?.on('pong', () => opened.pong());
        },
        onMessage(event) {
          const data: unknown = event.data;
          if (typeof data === 'string') connection?.receive(data);
          else if (data instanceof ArrayBuffer) connection?.receive(new Uint8Array(data));
          else connection?.close(CloseCode.unsupported, 'Unexpected frame type');
        },
        onClose() {
          connection?.socketClosed();
        },
      };
    }),
  );
}

async function decideUpgrade(
  authorize: AuthorizeWorksheet,
  request: Request,
  worksheetId: string,
  logger: RelayLogger,
): Promise<UpgradeDecision> {
  if (!isWorksheetId(worksheetId)) return { closeCode: CloseCode.notFound, reason: 'No such worksheet' };
  try {
    const result = await authorize(request, worksheetId);
    if (isAccessDenied(result)) return { closeCode: closeCodeForDenial(result), reason: result.reason };
    return { access: result };
  } catch (error) {
    logger.error(`Authorizing a connection to ${worksheetId} failed`, error);
    return { closeCode: CloseCode.storageFailure, reason: 'Could not check your access: retrying' };
  }
}

function adaptSocket(ws: WSContext<WebSocket>, logger: RelayLogger): RelaySocket {
  const raw = ws.raw;
  if (!raw) throw new Error('@hono/node-ws did not expose the raw ws socket');
  return {
    send: (frame) => raw.send(frame),
    close: (code, reason) => {
      try {
        raw.close(code, reason);
      } catch (error) {
        logger.error(`Closing with ${code} failed; terminating instead`, error);
        raw.terminate();
      }
    },
    terminate: () => raw.terminate(),
    ping: () => raw.ping(),
    get bufferedAmount() {
      return raw.bufferedAmount;
    },
  };
}
