import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

const SERVICE_UNAVAILABLE =
  'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n';

/**
 * From now on, answers every WebSocket upgrade with 503 and closes its socket (shutdown). Fastify answers requests
 * with 503 once it is closing, but an upgrade's socket belongs to no HTTP response, so it stayed open after that
 * answer and held `server.close()` (and the whole drain) until the client let go. The stock client takes the 503 as
 * "try again" and reconnects, through a load balancer to another instance.
 */
export function refuseNewUpgrades(server: Server): void {
  server.removeAllListeners('upgrade');
  server.on('upgrade', (_request, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end(SERVICE_UNAVAILABLE, () => socket.destroy());
  });
}
