import fastifyWebsocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { selectSubprotocol } from './auth/credentials';
import type { RelayConfig } from './config';
import { createBoardEraser } from './boards/erase-board';
import { eraseLeftoverImages } from './boards/leftover-images';
import { Retention } from './boards/retention';
import { securityHeaders } from './http/security-headers';
import { RoomRegistry } from './rooms/room-registry';
import { LocalHost } from './rooms/local-host';
import type { BoardHost } from './rooms/board-host';
import { healthRoutes } from './routes/health';
import { syncRoutes } from './routes/sync';
import { boardRoutes } from './routes/boards';
import { eventRoutes } from './routes/events';
import { eventReportRoutes } from './routes/event-report';
import { dropInRoutes } from './routes/drop-in';
import { createMemoryEventDirectory, type EventDirectory } from './storage/event-directory';
import { createEventCodes } from './events/event-codes';
import { eventAnswers } from './events/event-answers';
import { boardCreator } from './boards/create-board';
import { creationGates } from './http/creation-gate';
import { reportRoutes } from './routes/report';
import { imageRoutes } from './routes/images';
import { createMemoryImageStore, type ImageStore } from './storage/image-store';
import type { BoardDirectory } from './storage/board-directory';
import { webRoutes } from './routes/web';
import { joinRoutes } from './routes/join';
import { timeRoutes } from './routes/time';
import { createJoinCodes } from './boards/join-codes';
import { originResolver } from './http/public-origin';
import type { DocStore } from './storage/types';
import type { BoardLeases, ClusterBus } from './cluster/bus';
import { ClusterHost } from './cluster/cluster-host';
import { connectRedisCluster } from './cluster/redis-cluster';
import { countingBus } from './cluster/counting-bus';
import { RelayMetrics } from './ops/metrics';
import { instrumentStore } from './ops/instrumented-store';
import { Readiness, type ReadinessCheck } from './ops/readiness';
import { bearerTokenPolicy } from './ops/metrics-access';
import { buildMetricsListener } from './ops/metrics-listener';
import { refuseNewUpgrades } from './ops/refuse-upgrades';
import type { HealthDetails } from './routes/health';

export interface AppOptions {
  config: RelayConfig;
  store: DocStore;
  /** Which boards exist and their link generations. */
  directory: BoardDirectory;
  /** Signs capability links (see auth/server-secret). */
  secret: Uint8Array;
  /**
   * Sketches' pictures. openStorage gives the one in the boards' database: with DATABASE_URL it is shared by every
   * instance, as a cluster needs (each serves every board's images). Without it, a memory store that only this
   * instance sees (tests, ephemeral servers).
   */
  images?: ImageStore;
  /**
   * Events (several team boards under one). openStorage gives the one in the boards' database; without it, a memory
   * directory that only this instance sees (tests, ephemeral servers).
   */
  events?: EventDirectory;
  logger?: FastifyServerOptions['logger'];
  /**
   * Scaled-out mode: how this instance reaches the others (cluster/redis-cluster.ts) and holds boards one at a time.
   * Without it, the app connects to REDIS_URL when that is set, and otherwise holds every board it serves. The app
   * closes both.
   */
  cluster?: { bus: ClusterBus; leases: BoardLeases };
  /**
   * What must be reachable for this instance to take clients (GET /readyz): each storage backend (and Redis) adds
   * its own, with a name and a cheap real request. Each gets a short timeout.
   */
  readinessChecks?: readonly ReadinessCheck[];
  /** The metrics to report into; pass them to share with parts built outside the app (the cluster code). */
  metrics?: RelayMetrics;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The boards this instance holds in memory. */
    rooms: RoomRegistry;
    /** Where boards are held: this instance, or whichever instance of a cluster holds each. */
    host: BoardHost;
    /** Erases boards unused for BOARD_RETENTION_DAYS; null when that is not set. */
    retention: Retention | null;
    /** Prometheus metrics of this instance (GET /metrics). */
    metrics: RelayMetrics;
    /** Whether this instance should get clients (GET /readyz); draining once shutdown starts. */
    readiness: Readiness;
    /** The METRICS_PORT listener, or null when METRICS_PORT is not set. */
    metricsListener: FastifyInstance | null;
    /** What is in flight (boards, connections, writes), as counts: for health details and shutdown logs. */
    pendingWork(): HealthDetails;
  }
}

/** Fastify takes a hop count as a function of the hop: trust the `hops` nearest proxies. */
function trustProxyOption(trust: RelayConfig['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/** Builds the relay: routes and plugins, no listening. The caller owns the store and closes it after the app. */
export async function buildApp({
  config,
  store: adapter,
  directory,
  secret,
  images = createMemoryImageStore(),
  events = createMemoryEventDirectory(),
  logger,
  cluster,
  readinessChecks = [],
  metrics = new RelayMetrics(),
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    // Request URLs carry board ids (and, from clients still using the query form, capability tokens and device
    // keys): they stay out of the logs.
    logController: new LogController({ disableRequestLogging: true }),
    // Behind a reverse proxy, the client's address (per-address limits) comes from X-Forwarded-For only if trusted.
    trustProxy: trustProxyOption(config.trustProxy),
  });
  // Every storage operation is timed, whichever adapter is behind it.
  const store = instrumentStore(adapter, metrics);
  const link =
    cluster ??
    (config.redisUrl === null
      ? null
      : await connectRedisCluster({
          url: config.redisUrl,
          prefix: config.redisPrefix,
          leaseMs: config.leaseMs,
          log: app.log,
          onLag: (seconds) => metrics.redisLagSeconds.set(seconds),
        }));
  const bus = link ? countingBus(link.bus, metrics) : null;
  const readiness = new Readiness(
    bus ? [...readinessChecks, { name: 'redis', check: () => bus.ping() }] : readinessChecks,
  );
  app.decorate('metrics', metrics);
  app.decorate('readiness', readiness);
  // First of the preClose hooks: load balancers see the instance draining, and new WebSockets are refused, before
  // any connection closes.
  app.addHook('preClose', async () => {
    readiness.startDraining();
    refuseNewUpgrades(app.server);
  });
  const registry = new RoomRegistry({
    store,
    logger: app.log,
    unloadDelayMs: config.unloadDelayMs,
    compactAfterEntries: config.compactAfterEntries,
    compactWhenQuietMs: config.compactWhenQuietMs,
    maxDocBytes: config.maxDocBytes,
    maxAwarenessBytes: config.maxAwarenessBytes,
    heartbeatMs: config.heartbeatMs,
    keepaliveMs: config.keepaliveMs,
    exists: async (name) => (await directory.get(name)) !== null,
    touch: (name) =>
      void directory
        .touch(name)
        .catch((error: unknown) =>
          app.log.warn({ board: name, err: error }, 'could not record that a board is in use'),
        ),
    onUnloaded: (name) => clusterHost?.boardUnloaded(name),
    onRelayed: (timing) => metrics.relayed(timing),
  });
  app.decorate('rooms', registry);
  const limits = { maxConnectionsPerBoard: config.maxConnectionsPerBoard };
  const clusterHost: ClusterHost | null = link
    ? new ClusterHost({
        registry,
        store,
        bus: bus!,
        leases: link.leases,
        log: app.log,
        limits,
        leaseMs: config.leaseMs,
        heartbeatMs: config.heartbeatMs,
        keepaliveMs: config.keepaliveMs,
      })
    : null;
  const host: BoardHost = clusterHost ?? new LocalHost(registry, app.log, limits, store);
  app.decorate('host', host);
  const eraseBoard = createBoardEraser({ directory, host, images });
  // Finishes erases that stopped between a board's directory entry and its images, without holding up start-up.
  app.addHook('onReady', async () => {
    void eraseLeftoverImages({ images, directory }).then(
      (boards) => {
        if (boards > 0) app.log.info({ boards }, 'erased the images of boards erased before');
      },
      (error: unknown) =>
        app.log.warn({ err: error }, 'could not look for images of erased boards; next start-up tries again'),
    );
  });
  const retention =
    config.boardRetentionDays === null
      ? null
      : new Retention({ directory, host, erase: eraseBoard, days: config.boardRetentionDays, logger: app.log });
  app.decorate('retention', retention);
  if (retention) {
    // The first sweep runs once the server is ready, without holding up start-up; then hourly.
    app.addHook('onReady', async () => void retention.sweep());
    // Before the registry closes (its preClose hook), so no erase runs on a closing registry.
    app.addHook('preClose', async () => retention.stop());
  }

  metrics.readFrom({
    boardsLoaded: () => host.loadedBoards,
    refusals: () => registry.refusals,
    boardsSteppedDown: () => clusterHost?.stepDowns ?? 0,
  });
  const pendingWork = (): HealthDetails => ({
    boardsInMemory: host.loadedBoards,
    connectionsOpen: metrics.openConnections,
    pendingWrites: store.pendingWrites,
    refusedUpdates: Object.fromEntries(registry.refusals),
    draining: readiness.draining,
  });
  app.decorate('pendingWork', pendingWork);
  const operations = { readiness, metrics, details: pendingWork };
  app.decorate(
    'metricsListener',
    config.metricsPort === null
      ? null
      : await buildMetricsListener(app, { host: config.metricsHost, port: config.metricsPort }, operations, app.log),
  );

  await app.register(securityHeaders);
  await app.register(fastifyWebsocket, {
    // Credentials may travel as subprotocols; the relay answers only `notevote`, never an entry carrying one.
    options: { maxPayload: config.maxMessageBytes, handleProtocols: selectSubprotocol },
    // Flush every update to disk before telling clients we are going away; they reconnect to the next instance.
    preClose: async function (this: FastifyInstance) {
      await host.close();
      for (const client of this.websocketServer.clients) client.close(1001, 'server restarting');
      await new Promise<void>((resolve) => this.websocketServer.close(() => resolve()));
    },
  });
  await app.register(healthRoutes, { ...operations, access: bearerTokenPolicy(config.metricsToken) });
  await app.register(syncRoutes, {
    host,
    directory,
    secret,
    traffic: metrics,
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
    upgrades: {
      perSecond: config.connectionsPerSecond,
      burst: config.connectionBurst,
      devicePerMinute: config.deviceConnectionsPerMinute,
      deviceBurst: config.deviceConnectionBurst,
      maxPerDevice: config.maxConnectionsPerDevice,
    },
    allowedOrigins: config.allowedOrigins,
    publicUrl: config.publicUrl,
  });
  const joinCodes = createJoinCodes({ directory, secret });
  const originOf = originResolver({
    publicUrl: config.publicUrl,
    listenHost: config.host,
    port: () => {
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : config.port;
    },
  });
  // One budget per client address for everything that creates boards: a board, or an event with its boards.
  const creation = creationGates({
    perHour: config.createPerHour,
    burst: config.createBurst,
    createKey: config.createKey,
  });
  const createBoard = boardCreator({ directory, joinCodes, host, log: app.log });
  await app.register(boardRoutes, {
    host,
    directory,
    secret,
    eraseBoard,
    createBoard,
    creation,
    joinCodes,
    originOf,
  });
  const eventCodes = createEventCodes({ events, secret });
  const answers = eventAnswers({ secret, directory, host, eventCodes, originOf, log: app.log });
  await app.register(eventRoutes, { events, secret, createBoard, creation, answers });
  await app.register(eventReportRoutes, { host, directory, events, secret });
  await app.register(dropInRoutes, { eventCodes, answers });
  await app.register(joinRoutes, { directory, secret, joinCodes, originOf });
  await app.register(timeRoutes);
  await app.register(reportRoutes, { host, directory, secret });
  await app.register(imageRoutes, {
    directory,
    secret,
    images,
    uploads: { perHour: config.uploadsPerHour, burst: config.uploadBurst },
  });
  await app.register(webRoutes, { webRoot: config.webRoot });
  return app;
}
