// The reference relay for comparison: @y/websocket-server's stock connection handler on a plain HTTP
// server, no persistence, nothing added. Same contract as our relay's test entry: PORT from the
// environment, `listening <port>` on stdout when ready.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT ?? '0');
const server = http.createServer((_request, response) => {
  response.writeHead(404).end();
});
const sockets = new WebSocketServer({ noServer: true });

server.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (connection) => setupWSConnection(connection, request));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});

process.on('SIGTERM', () => process.exit(0));
