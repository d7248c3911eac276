// Hocuspocus 3.4.4 for comparison, in its default setup: in memory, no extension (so no persistence
// and no debounced store). Same contract as our relay's test entry: PORT from the environment,
// `listening <port>` on stdout when ready, quiet otherwise.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT ?? '0'), address: '127.0.0.1', quiet: true });
await server.listen();
console.log(`listening ${server.address.port}`);
