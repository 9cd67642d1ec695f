// The baseline: a bare node:http hello server, run as its own process (like each app of the platform) so the
// load tool and the server do not share an event loop. Prints its port on stdout once listening.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('hello world');
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${String((server.address() as AddressInfo).port)}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
});
