import fastifyWebsocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { selectSubprotocol } from './auth/credentials';
import type { RelayConfig } from './config';
import { RoomRegistry } from './rooms/room-registry';
import { healthRoutes } from './routes/health';
import { syncRoutes } from './routes/sync';
import { boardRoutes } from './routes/boards';
import type { BoardDirectory } from './storage/board-directory';
import { webRoutes } from './routes/web';
import type { DocStore } from './storage/types';

export interface AppOptions {
  config: RelayConfig;
  store: DocStore;
  /** Which boards exist and their link generations. */
  directory: BoardDirectory;
  /** Signs capability links (see auth/server-secret). */
  secret: Uint8Array;
  logger?: FastifyServerOptions['logger'];
}

declare module 'fastify' {
  interface FastifyInstance {
    rooms: RoomRegistry;
  }
}

/** Builds the relay: routes and plugins, no listening. The caller owns the store and closes it after the app. */
export async function buildApp({ config, store, directory, secret, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    // Request URLs carry board ids (and, from clients still using the query form, capability tokens and device
    // keys): they stay out of the logs.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const registry = new RoomRegistry({
    store,
    logger: app.log,
    unloadDelayMs: config.unloadDelayMs,
    compactAfterEntries: config.compactAfterEntries,
    maxDocBytes: config.maxDocBytes,
    maxAwarenessBytes: config.maxAwarenessBytes,
    heartbeatMs: config.heartbeatMs,
    keepaliveMs: config.keepaliveMs,
  });
  app.decorate('rooms', registry);

  await app.register(fastifyWebsocket, {
    // Credentials may travel as subprotocols; the relay answers only `notevote`, never an entry carrying one.
    options: { maxPayload: config.maxMessageBytes, handleProtocols: selectSubprotocol },
    // Flush every update to disk before telling clients we are going away; they reconnect to the next instance.
    preClose: async function (this: FastifyInstance) {
      await registry.close();
      for (const client of this.websocketServer.clients) client.close(1001, 'server restarting');
      await new Promise<void>((resolve) => this.websocketServer.close(() => resolve()));
    },
  });
  await app.register(healthRoutes, { registry });
  await app.register(syncRoutes, {
    registry,
    directory,
    secret,
    limits: {
      maxBufferedBytes: config.maxBufferedBytes,
      messagesPerSecond: config.messagesPerSecond,
      messageBurst: config.messageBurst,
      presencePerSecond: config.presencePerSecond,
      presenceBurst: config.presenceBurst,
      idleTimeoutMs: config.idleTimeoutMs,
    },
    maxConnectionsPerBoard: config.maxConnectionsPerBoard,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    allowedOrigins: config.allowedOrigins,
  });
  await app.register(boardRoutes, { registry, directory, secret });
  await app.register(webRoutes, { webRoot: config.webRoot });
  return app;
}
