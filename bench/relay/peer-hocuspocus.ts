/**
 * Hocuspocus (@hocuspocus/server) with its default configuration (default batching and debounced storing), on the
 * port the suite asks for (0: any free one), telling the suite which port it got. In memory, as its quick start
 * runs it; with HOCUSPOCUS_SQLITE=<file>, with its SQLite extension storing documents in that file, as a user would
 * deploy it.
 */
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const database = process.env['HOCUSPOCUS_SQLITE'];
const server = new Server({
  port: Number(process.env['PORT'] ?? 0),
  address: process.env['HOST'] ?? '127.0.0.1',
  quiet: true,
  stopOnSignals: false,
  extensions: database ? [new SQLite({ database })] : [],
});
await server.listen();
console.log(`listening on ${server.address.port}`);
process.on('SIGTERM', () => process.exit(0));
