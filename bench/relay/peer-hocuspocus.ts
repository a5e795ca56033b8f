/**
 * Hocuspocus (@hocuspocus/server) with its default configuration (in memory, no extensions, default batching),
 * on the port the suite asks for (0: any free one), telling the suite which port it got.
 */
import { Server } from '@hocuspocus/server';

const server = new Server({
  port: Number(process.env['PORT'] ?? 0),
  address: process.env['HOST'] ?? '127.0.0.1',
  quiet: true,
  stopOnSignals: false,
});
await server.listen();
console.log(`listening on ${server.address.port}`);
process.on('SIGTERM', () => process.exit(0));
