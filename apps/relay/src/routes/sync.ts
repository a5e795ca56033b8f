import type { FastifyPluginAsync } from 'fastify';
import { REFUSALS } from '@notevote/board';
import type { WebSocket } from 'ws';
import { admit, type Admission, type AdmissionDeps } from '../auth/admission';
import { Connection, type ConnectionLimits } from '../rooms/connection';
import { FrameQueue } from '../rooms/frame-queue';
import { BoardErasedError, type RoomRegistry } from '../rooms/room-registry';
import { CloseCode } from '../sync/close-codes';
import { originAllowed } from '../http/origin-check';

export interface SyncRouteOptions extends AdmissionDeps {
  registry: RoomRegistry;
  limits: ConnectionLimits;
  maxConnectionsPerBoard: number;
  maxConnectionsPerAddress: number;
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

/** Frames kept per connection while its board loads from disk. */
const MAX_EARLY_FRAMES = 64;

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
  { registry, limits, directory, secret, maxConnectionsPerBoard, maxConnectionsPerAddress, allowedOrigins, publicUrl },
) => {
  const log = app.log;
  const perAddress = new Map<string, number>();

  app.get('/ws', { websocket: true }, (socket: WebSocket) => {
    socket.close(CloseCode.invalidBoardId, 'no-such-board');
  });

  app.get(
    '/ws/*',
    {
      websocket: true,
      // Links are checked before the upgrade completes, so a refused client never touches a board. A refusal is
      // still delivered as a 44xx close (not an HTTP error): the stock client retries HTTP errors forever.
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
        if ((perAddress.get(request.ip) ?? 0) >= maxConnectionsPerAddress) {
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
        if (admission.ok && (registry.peek(admission.boardId)?.connectionCount ?? 0) >= maxConnectionsPerBoard) {
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
        socket.close(refusal.code, refusal.reason);
        return;
      }
      const { boardId } = admission;
      const connection = new Connection(socket, limits, admission.role, admission.epoch, admission.channel);
      const address = request.ip;
      perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
      socket.on('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left <= 0) perAddress.delete(address);
        else perAddress.set(address, left);
      });
      // Frames that arrive while the board loads from disk are kept and handled in order once it is ready.
      // Bounded: an honest client sends a handful (sync step 1, awareness) before it hears back.
      const early: Uint8Array[] = [];
      let deliver: (frame: Uint8Array) => void = (frame) => {
        if (early.length >= MAX_EARLY_FRAMES) {
          connection.close(CloseCode.tryAgainLater, 'too-many-connections');
          return;
        }
        early.push(frame);
      };
      socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
        if (!isBinary) {
          connection.close(CloseCode.malformedMessage, 'malformed-message');
          return;
        }
        const frame = toBytes(data);
        if (connection.received(frame)) deliver(frame);
      });
      socket.on('error', (error) => log.debug({ board: boardId, conn: connection.id, err: error }, 'socket error'));

      registry.open(boardId).then(
        (room) => {
          if (!connection.isOpen) {
            registry.releaseIfEmpty(room);
            return;
          }
          if (!room.join(connection, { deviceKey: admission.deviceKey, owner: admission.owner })) {
            registry.releaseIfEmpty(room);
            return;
          }
          socket.on('close', () => room.leave(connection));
          const queue = new FrameQueue(
            (frame) => room.receive(connection, frame),
            () => connection.isOpen,
          );
          deliver = (frame) => queue.push(frame);
          for (const frame of early.splice(0)) queue.push(frame);
        },
        (error: unknown) => {
          // Admitted a moment before its board was erased: refused like any later connection, for good.
          if (error instanceof BoardErasedError) {
            connection.close(CloseCode.invalidBoardId, 'board-erased');
            return;
          }
          log.error({ board: boardId, err: error }, 'could not load board');
          connection.close(CloseCode.internalError, 'load-failed');
        },
      );
    },
  );
};
