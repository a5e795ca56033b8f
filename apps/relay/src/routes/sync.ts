import type { FastifyPluginAsync } from 'fastify';
import { REFUSALS, type RefusalCode } from '@notevote/board';
import type { WebSocket } from 'ws';
import { admit, type Admission, type AdmissionDeps } from '../auth/admission';
import type { BoardHost } from '../rooms/board-host';
import { Connection, type ConnectionLimits } from '../rooms/connection';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import { originAllowed } from '../http/origin-check';
import { OpenCounts } from '../http/open-counts';
import { RefusalSummary } from '../http/refusal-summary';
import { upgradeGate, type UpgradeGateOptions } from '../http/upgrade-gate';
import type { TrafficMeter } from '../ops/metrics';

export interface SyncRouteOptions extends AdmissionDeps {
  /** Where boards are held: this instance, or (clustered) whichever instance holds each. */
  host: BoardHost;
  limits: ConnectionLimits;
  /** Counts connections, messages and bytes (GET /metrics). */
  traffic?: TrafficMeter;
  maxConnectionsPerBoard: number;
  maxConnectionsPerAddress: number;
  /** How fast addresses and devices may open connections, and how many one device may hold (see upgrade-gate). */
  upgrades: UpgradeGateOptions;
  /** Browser origins allowed besides the relay's own. */
  allowedOrigins: readonly string[];
  /** PUBLIC_URL: pages served there are the relay's own. */
  publicUrl: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    admission?: Admission;
  }
}

/**
 * How long a refused client has to answer the close frame before its socket is dropped. ws would wait 30 s, so a
 * client that never answers would make each refusal hold a socket that long, counted by no limit.
 */
const REFUSED_CLOSE_GRACE_MS = 2_000;

/** Closes a socket refused after its handshake, dropping it if the client does not answer in time. */
function refuse(socket: WebSocket, code: CloseCodeValue, reason: RefusalCode): void {
  socket.close(code, reason);
  const timer = setTimeout(() => socket.terminate(), REFUSED_CLOSE_GRACE_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/**
 * The y-websocket endpoint: `ws://HOST:PORT/ws/<boardId>`, so the stock client works unchanged with
 * `new WebsocketProvider('ws://HOST:PORT/ws', boardId, doc, { protocols: credentialSubprotocols({ token, key }) })`.
 * The subprotocol the relay answers with is chosen by `selectSubprotocol` (the `ws` server option, see app.ts).
 */
export const syncRoutes: FastifyPluginAsync<SyncRouteOptions> = async (
  app,
  {
    host,
    limits,
    traffic,
    directory,
    secret,
    maxConnectionsPerBoard,
    maxConnectionsPerAddress,
    upgrades,
    allowedOrigins,
    publicUrl,
  },
) => {
  const log = app.log;
  const perAddress = new OpenCounts();
  // First thing on every upgrade, before the link is checked or the handshake done (see upgrade-gate).
  const refusals = new RefusalSummary(log);
  app.addHook('onClose', async () => refusals.stop());
  const onRequest = upgradeGate(upgrades, refusals);

  app.get('/ws', { websocket: true, onRequest }, (socket: WebSocket) => {
    refuse(socket, CloseCode.invalidBoardId, 'no-such-board');
  });

  app.get(
    '/ws/*',
    {
      websocket: true,
      onRequest,
      // Links are checked before the upgrade completes, so a refused client never touches a board. A refusal is
      // still delivered as a 44xx close (not an HTTP error): the stock client retries HTTP errors forever. (The
      // upgrade gate's refusals are HTTP 429 for that very reason: a client over a connection budget should retry.)
      preValidation: async (request) => {
        // `request.host` is the forwarded host only behind a trusted proxy (TRUST_PROXY), else the Host header.
        const reached = { host: request.headers.host, forwardedHost: request.host };
        if (!originAllowed(request.headers.origin, reached, { publicUrl, allowedOrigins })) {
          request.admission = {
            ok: false,
            code: CloseCode.forbidden,
            reason: 'origin-not-allowed',
            boardId: null,
          };
          return;
        }
        if (perAddress.count(request.ip) >= maxConnectionsPerAddress) {
          request.admission = {
            ok: false,
            code: CloseCode.tryAgainLater,
            reason: 'too-many-connections',
            boardId: null,
          };
          return;
        }
        const admission = await admit(new URL(request.url, 'http://relay'), request.headers['sec-websocket-protocol'], {
          directory,
          secret,
        });
        if (admission.ok && host.localConnections(admission.boardId) >= maxConnectionsPerBoard) {
          request.admission = {
            ok: false,
            code: CloseCode.tryAgainLater,
            reason: 'too-many-connections',
            boardId: admission.boardId,
          };
          return;
        }
        request.admission = admission;
      },
    },
    (socket: WebSocket, request) => {
      const admission = request.admission;
      if (!admission?.ok) {
        const refusal = admission ?? { code: CloseCode.unauthorized, reason: 'link-missing', boardId: null };
        log.info(
          { board: refusal.boardId, code: refusal.code, reason: refusal.reason },
          `refused a WebSocket: ${REFUSALS[refusal.reason]}`,
        );
        refuse(socket, refusal.code, refusal.reason);
        return;
      }
      const { boardId } = admission;
      const connection = new Connection(socket, limits, admission.role, admission.epoch, admission.channel);
      if (traffic) {
        traffic.connectionOpened();
        socket.on('close', () => traffic.connectionClosed());
        connection.onSent = (frame) => traffic.message('out', frame.byteLength);
      }
      socket.on('close', perAddress.open(request.ip));
      // The host takes it to its board's room, here or on the instance holding the board; frames that arrive while
      // the board loads are kept and handled in order once it is ready.
      const inlet = host.attach(connection, { boardId, deviceKey: admission.deviceKey, owner: admission.owner });
      socket.on('close', () => inlet.leave());
      socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
        if (!isBinary) {
          connection.close(CloseCode.malformedMessage, 'malformed-message');
          return;
        }
        const frame = toBytes(data);
        traffic?.message('in', frame.byteLength);
        if (connection.received(frame)) inlet.deliver(frame);
      });
      socket.on('error', (error) => log.debug({ board: boardId, conn: connection.id, err: error }, 'socket error'));
    },
  );
};
