import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { stopGracefullyOnSignals, type StoppableRelay } from './graceful-stop';

interface Logged {
  level: 'info' | 'error';
  fields: Record<string, unknown>;
  message: string;
}

/** A relay stand-in whose close() finishes when the test says so, and a process stand-in for signals and exit. */
function scene(timeoutMs = 60_000) {
  const signals = new EventEmitter();
  const events: string[] = [];
  const logged: Logged[] = [];
  let finishClose: () => void = () => {};
  const app: StoppableRelay = {
    close: () => {
      events.push('app closing');
      return new Promise<void>((resolve) => {
        finishClose = () => {
          events.push('app closed');
          resolve();
        };
      });
    },
    readiness: { startDraining: () => void events.push('draining') },
    pendingWork: () => ({
      boardsInMemory: 2,
      connectionsOpen: 5,
      pendingWrites: 1,
      refusedUpdates: { 'over-budget': 3 },
      draining: true,
    }),
  };
  const record = (level: Logged['level']) => (fieldsOrMessage: Record<string, unknown> | string, message?: string) =>
    logged.push(
      typeof fieldsOrMessage === 'string'
        ? { level, fields: {}, message: fieldsOrMessage }
        : { level, fields: fieldsOrMessage, message: message ?? '' },
    );
  const log = { info: record('info'), error: record('error') } as unknown as FastifyBaseLogger;
  const exited = new Promise<number>((resolve) => {
    stopGracefullyOnSignals({
      app,
      release: [async () => void events.push('store closed'), async () => void events.push('directory closed')],
      timeoutMs,
      log,
      signals,
      exit: (code) => {
        events.push(`exit ${code}`);
        resolve(code);
      },
    });
  });
  return { signals, events, logged, exited, finishClose: () => finishClose() };
}

describe('graceful stop', () => {
  it('drains at once, closes the app, then the storage, and exits 0', async () => {
    const s = scene();
    s.signals.emit('SIGTERM');
    expect(s.events).toEqual(['draining', 'app closing']);
    s.finishClose();
    expect(await s.exited).toBe(0);
    expect(s.events).toEqual(['draining', 'app closing', 'app closed', 'store closed', 'directory closed', 'exit 0']);
  });

  it('exits 1 at once on a second signal, saying what was still pending', async () => {
    const s = scene();
    s.signals.emit('SIGTERM');
    s.signals.emit('SIGINT');
    expect(await s.exited).toBe(1);
    const line = s.logged.find((entry) => entry.level === 'error');
    expect(line?.message).toMatch(/SIGINT received again during shutdown: exiting without finishing/);
    expect(line?.fields).toEqual({
      stage: 'closing connections and saving boards',
      boardsInMemory: 2,
      connectionsOpen: 5,
      pendingWrites: 1,
    });
    // The drain finishing late does not exit a second time.
    s.finishClose();
    await new Promise((resolve) => setImmediate(resolve));
    expect(s.events.filter((event) => event.startsWith('exit'))).toEqual(['exit 1']);
  });

  it('exits 1 when the drain takes longer than the timeout', async () => {
    const s = scene(20);
    s.signals.emit('SIGTERM');
    expect(await s.exited).toBe(1);
    expect(s.logged.find((entry) => entry.level === 'error')?.message).toMatch(
      /shutdown took longer than SHUTDOWN_TIMEOUT_MS \(20 ms\)/,
    );
  });
});
