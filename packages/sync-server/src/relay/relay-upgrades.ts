import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode } from '@interlude/schema/sync';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import {
  type AuthorizeWorksheet,
  closeCodeForDenial,
  denyAllWorksheets,
  isAccessDenied,
  type WorksheetAccess,
} from './authorize.js';
import type { Relay } from './relay.js';
import type { RelayLogger } from './relay-logger.js';
import { closeReason, type RelaySocket } from './relay-socket.js';
import { isWorksheetId } from './worksheet-id.js';

export interface RelayUpgradeOptions {
  relay: Relay;
  /** Without one, every connection is refused with 4401 (denyAllWorksheets). */
  authorizeWorksheet?: AuthorizeWorksheet;
  maxMessageBytes: number;
  logger: RelayLogger;
}

type UpgradeDecision = { access: WorksheetAccess } | { closeCode: number; reason: string };

const syncPath = /^\/sync\/([^/?#]*)(?:[?#]|$)/;

/**
 * The relay's WebSocket endpoint, `GET /sync/:worksheetId`, on `ws`'s upgrade handling directly: the HTTP
 * app never sees these requests, and nothing of the upgrade request outlives the decision (a connection
 * keeps its socket and its access, no request or framework context). Authorisation is decided once, before
 * the upgrade and before any document is loaded; a denial still upgrades and then closes with a named code,
 * because an HTTP error reaches the browser only as 1006.
 */
export class RelayUpgrades {
  readonly webSocketServer: WebSocketServer;

  constructor(private readonly options: RelayUpgradeOptions) {
    // ws closes larger frames itself with 1009 before buffering them whole.
    this.webSocketServer = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  }

  /** Takes the HTTP server's upgrade requests: /sync/… becomes a relay connection, anything else a 404. */
  attachTo(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      // Until ws takes the socket over, a reset must not go unhandled (it would end the process).
      const onError = (error: Error) => this.options.logger.warn(`Upgrade socket error: ${error.message}`);
      socket.on('error', onError);
      const match = syncPath.exec(request.url ?? '');
      if (!match) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const worksheetId = match[1] ?? '';
      this.decide(request, worksheetId)
        .then((decision) =>
          this.webSocketServer.handleUpgrade(request, socket, head, (ws) => {
            socket.off('error', onError);
            this.open(ws, worksheetId, decision);
          }),
        )
        .catch((error: unknown) => {
          this.options.logger.error(`Upgrading a connection to ${worksheetId} failed`, error);
          socket.destroy();
        });
    });
  }

  private open(ws: WebSocket, worksheetId: string, decision: UpgradeDecision): void {
    const { relay, logger } = this.options;
    // ws reports oversized frames and broken sockets here, then closes the socket itself.
    ws.on('error', (error) => logger.warn(`WebSocket error on ${worksheetId}: ${error.message}`));
    if ('closeCode' in decision) {
      ws.close(decision.closeCode, closeReason(decision.reason));
      return;
    }
    const connection = relay.connect(adaptSocket(ws, logger), worksheetId, decision.access);
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) connection.receive(data.toString());
      else if (data instanceof Buffer) connection.receive(ownBytes(data));
      else connection.close(CloseCode.unsupported, 'Unexpected frame type');
    });
    ws.on('pong', () => connection.pong());
    ws.on('close', () => connection.socketClosed());
  }

  private async decide(request: IncomingMessage, worksheetId: string): Promise<UpgradeDecision> {
    if (!isWorksheetId(worksheetId)) return { closeCode: CloseCode.notFound, reason: 'No such worksheet' };
    const authorize = this.options.authorizeWorksheet ?? denyAllWorksheets;
    try {
      const result = await authorize(fetchRequestOf(request), worksheetId);
      if (isAccessDenied(result)) return { closeCode: closeCodeForDenial(result), reason: result.reason };
      return { access: result };
    } catch (error) {
      this.options.logger.error(`Authorizing a connection to ${worksheetId} failed`, error);
      return { closeCode: CloseCode.storageFailure, reason: 'Could not check your access: retrying' };
    }
  }
}

/** The upgrade request as a Fetch `Request`, the shape the authorizer shares with the JSON API. */
function fetchRequestOf(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const single of Array.isArray(value) ? value : [value]) headers.append(name, single);
  }
  return new Request(`http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`, { headers });
}

/**
 * The frame's bytes in a buffer of their own: a frame can be a view into the larger chunk the socket read, and
 * Yjs keeps views of binary content, which would pin that whole chunk in the room's memory.
 */
function ownBytes(data: Buffer): Uint8Array {
  return data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data);
}

function adaptSocket(ws: WebSocket, logger: RelayLogger): RelaySocket {
  return {
    send: (frame) => ws.send(frame),
    close: (code, reason) => {
      try {
        ws.close(code, reason);
      } catch (error) {
        logger.error(`Closing with ${code} failed; terminating instead`, error);
        ws.terminate();
      }
    },
    terminate: () => ws.terminate(),
    ping: () => ws.ping(),
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
  };
}
