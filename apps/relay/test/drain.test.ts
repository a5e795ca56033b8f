import { describe, expect, it } from 'vitest';
import { createNote, readNote } from '@notevote/board';
import type { WebsocketProvider } from 'y-websocket';
import { connectClient, deferCleanups, spawnRelay, synced, tempDir, userOf, type RelayProcess } from './helpers';

const cleanups = deferCleanups();

const TOKEN = 'drain-test-metrics-token';

async function metricsOf(relay: RelayProcess): Promise<string> {
  const response = await fetch(`${relay.httpUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return response.text();
}

function sample(exposition: string, line: RegExp): number {
  const match = line.exec(exposition);
  if (!match?.[1]) throw new Error(`no sample ${line} in the metrics`);
  return Number(match[1]);
}

const APPENDS = /^notevote_persistence_seconds_count\{operation="append",outcome="ok"\} (\S+)$/m;
const PENDING = /^notevote_persistence_pending (\S+)$/m;

/** Resolves with the close code and reason the stock client sees when its connection closes. */
function connectionClosed(provider: WebsocketProvider): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    provider.once('connection-close', (event) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' }));
  });
}

async function spawnClosedAfter(dir: string, env: Record<string, string> = {}): Promise<RelayProcess> {
  const relay = await spawnRelay(dir, 0, env);
  cleanups.push(() => relay.child.kill('SIGKILL'));
  cleanups.push(() => relay.closeDirectory());
  return relay;
}

describe('draining on SIGTERM (a real relay process and the stock client)', () => {
  it('saves the update in flight, closes clients with 1001 so they reconnect elsewhere, and exits 0', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    // Commits wait up to half a second, so the update is most likely still pending when the signal arrives.
    const first = await spawnClosedAfter(dir, { METRICS_TOKEN: TOKEN, GROUP_COMMIT_MS: '500', LOG_LEVEL: 'info' });
    // server.ts registers a readiness check for its SQLite storage.
    expect(await (await fetch(`${first.httpUrl}/readyz`)).json()).toEqual({ status: 'ready' });

    const writer = connectClient(first.wsUrl, 'draining', await first.access('draining'));
    cleanups.push(() => writer.destroy());
    await synced(writer);
    const appendsBefore = sample(await metricsOf(first), APPENDS);
    const noteId = createNote(
      writer.doc,
      { x: 0, y: 0, text: 'written as the relay stops' },
      { authorId: userOf(writer) },
    );
    // The relay has read the update once it is pending or written: only then is SIGTERM a test of the drain.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const metrics = await metricsOf(first);
      if (sample(metrics, PENDING) > 0 || sample(metrics, APPENDS) > appendsBefore) break;
      if (Date.now() > deadline) throw new Error('the relay did not receive the update within 10 s');
    }
    const closing = connectionClosed(writer);
    first.child.kill('SIGTERM');

    const { code, reason } = await closing;
    expect(code).toBe(1001);
    expect(reason).toMatch(/server.restarting/);
    expect(await first.stopped).toBe(0);
    expect(first.output()).toContain('shut down cleanly');
    writer.destroy();

    const second = await spawnClosedAfter(dir);
    const reader = connectClient(second.wsUrl, 'draining', await second.access('draining'));
    cleanups.push(() => reader.destroy());
    await synced(reader);
    expect(readNote(reader.doc, noteId)?.text).toBe('written as the relay stops');
  });
});
