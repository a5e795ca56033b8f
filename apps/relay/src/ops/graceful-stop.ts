import type { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import type { HealthDetails } from '../routes/health';

/** The parts of the relay app (see app.ts) a shutdown uses. */
export interface StoppableRelay {
  /** Stops accepting, saves every board and closes every WebSocket with 1001 "server restarting". */
  close(): Promise<unknown>;
  /** Marks the instance not ready at once, so load balancers stop sending clients before anything closes. */
  readiness: { startDraining(): void };
  /** What is still unfinished, for the log line of a forced exit. */
  pendingWork(): HealthDetails;
}

export interface GracefulStopOptions {
  app: StoppableRelay;
  /** Then these, in order (the store, the directory): whatever must be closed after the app. */
  release: ReadonlyArray<() => Promise<unknown>>;
  timeoutMs: number;
  log: FastifyBaseLogger;
  /** Where the signals come from and how to exit (the process; a stand-in in tests). */
  signals?: Pick<EventEmitter, 'on'>;
  exit?: (code: number) => void;
}

/**
 * SIGTERM/SIGINT: drain (report not ready, stop accepting, save every pending update, close every WebSocket with 1001
 * "server restarting" so clients reconnect to another instance), then exit 0. A second signal, or the drain taking
 * longer than `timeoutMs`, exits 1 at once with a log line saying what was still pending.
 */
export function stopGracefullyOnSignals({
  app,
  release,
  timeoutMs,
  log,
  signals = process,
  exit = (code) => process.exit(code),
}: GracefulStopOptions): void {
  let stage: 'running' | 'closing connections and saving boards' | 'closing storage' | 'done' = 'running';
  // Counts only: never board content or tokens.
  const pending = () => {
    const { boardsInMemory, connectionsOpen, pendingWrites } = app.pendingWork();
    return { boardsInMemory, connectionsOpen, pendingWrites };
  };
  let exited = false;
  const exitOnce = (code: number) => {
    if (exited) return;
    exited = true;
    exit(code);
  };
  const giveUp = (why: string) => {
    if (exited) return;
    log.error(
      { stage, ...pending() },
      `${why}: exiting without finishing (stopped while ${stage}); updates not yet saved may be lost, ` +
        'and clients reconnect once the relay is back',
    );
    exitOnce(1);
  };

  const stop = async (signal: string) => {
    if (stage !== 'running') {
      giveUp(`${signal} received again during shutdown`);
      return;
    }
    stage = 'closing connections and saving boards';
    app.readiness.startDraining();
    log.info({ signal, timeoutMs }, 'shutting down: saving boards and closing connections');
    // Not unref'd: this timer is what ends a shutdown that hangs.
    const deadline = setTimeout(
      () => giveUp(`shutdown took longer than SHUTDOWN_TIMEOUT_MS (${timeoutMs} ms)`),
      timeoutMs,
    );
    try {
      await app.close();
      stage = 'closing storage';
      for (const close of release) await close();
      stage = 'done';
      clearTimeout(deadline);
      log.info('shut down cleanly: every board saved');
      exitOnce(0);
    } catch (error) {
      clearTimeout(deadline);
      log.error({ err: error, stage, ...pending() }, 'shutdown failed; updates not yet saved may be lost');
      exitOnce(1);
    }
  };
  signals.on('SIGTERM', () => void stop('SIGTERM'));
  signals.on('SIGINT', () => void stop('SIGINT'));
}
