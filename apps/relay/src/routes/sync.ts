import type { FastifyPluginAsync } from 'fastify';
import type { WebSocket } from 'ws';
import { isValidBoardId } from '@notevote/board';
import { Connection } from '../rooms/connection';
import type { RoomRegistry } from '../rooms/room-registry';
import { CloseCode } from '../sync/close-codes';

export interface SyncRouteOptions {
  registry: RoomRegistry;
  maxBufferedBytes: number;
}

/** Frames kept per connection while its board loads from disk. */
const MAX_EARLY_FRAMES = 64;

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/**
 * The y-websocket endpoint: `ws://HOST:PORT/ws/<boardId>`, so the stock client works unchanged with
 * `new WebsocketProvider('ws://HOST:PORT/ws', boardId, doc)`.
 */
export const syncRoutes: FastifyPluginAsync<SyncRouteOptions> = async (app, { registry, maxBufferedBytes }) => {
  const log = app.log;

  app.get('/ws', { websocket: true }, (socket: WebSocket) => {
    socket.close(CloseCode.invalidBoardId, 'no board id: connect to /ws/<boardId>');
  });

  app.get('/ws/*', { websocket: true }, (socket: WebSocket, request) => {
    const url = new URL(request.url, 'http://relay');
    const boardId = decodeURIComponent(url.pathname.slice('/ws/'.length));
    if (!isValidBoardId(boardId)) {
      log.info({ path: url.pathname.slice(0, 80) }, 'refused WebSocket: invalid board id');
      socket.close(CloseCode.invalidBoardId, 'invalid board id: use 1-64 letters, digits, _ or -');
      return;
    }
    const connection = new Connection(socket, maxBufferedBytes);
    // Frames that arrive while the board loads from disk are kept and handled in order once it is ready.
    // Bounded: an honest client sends a handful (sync step 1, awareness) before it hears back.
    const early: Uint8Array[] = [];
    let deliver: (frame: Uint8Array) => void = (frame) => {
      if (early.length >= MAX_EARLY_FRAMES) {
        connection.close(CloseCode.tryAgainLater, 'too many messages while the board was loading; reconnect');
        return;
      }
      early.push(frame);
    };
    socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
      if (!isBinary) {
        connection.close(CloseCode.malformedMessage, 'malformed message: text frames are not part of the protocol');
        return;
      }
      deliver(toBytes(data));
    });
    socket.on('error', (error) => log.debug({ board: boardId, conn: connection.id, err: error }, 'socket error'));

    registry.open(boardId).then(
      (room) => {
        if (!connection.isOpen) {
          registry.releaseIfEmpty(room);
          return;
        }
        room.join(connection);
        socket.on('close', () => room.leave(connection));
        deliver = (frame) => room.receive(connection, frame);
        for (const frame of early.splice(0)) room.receive(connection, frame);
      },
      (error: unknown) => {
        log.error({ board: boardId, err: error }, 'could not load board');
        connection.close(CloseCode.internalError, 'the server could not load this board; retrying');
      },
    );
  });
};
