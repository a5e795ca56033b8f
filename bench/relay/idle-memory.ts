import type { GeneratorProcess } from './generator-process';
import type { MemoryRun } from './report';
import type { ServerUnderTest } from './servers';

/** How long each reading waits after the last handshake: long enough for the server's own timers to have run. */
const SETTLE_MS = { full: 2_000, smoke: 200 };

/**
 * Memory per idle connection: a fresh server, one board, `connections` synced sockets that then do nothing; the
 * server's resident memory (VmRSS, summed over its instances) before and after. notevote runs with the limits raised
 * as in the fan-out scenarios, since the sockets all come from one address.
 */
export async function idleMemory(
  server: ServerUnderTest,
  generator: GeneratorProcess,
  connections: number,
  smoke: boolean,
  log: (line: string) => void,
): Promise<MemoryRun> {
  let running;
  try {
    running = await server.start({ defaultLimits: false });
  } catch (error) {
    return { server: server.name, outcome: { error: error instanceof Error ? error.message : String(error) } };
  }
  try {
    const target = await server.boards(running, 1);
    const result = await generator.run(
      {
        kind: 'idle-memory',
        target,
        connections,
        serverPids: [...running.pids],
        settleMs: smoke ? SETTLE_MS.smoke : SETTLE_MS.full,
      },
      (line) => log(`  ${line}`),
    );
    if (result.kind !== 'idle-memory') throw new Error(`expected an idle-memory result, got ${result.kind}`);
    return { server: server.name, outcome: { result } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  failed: ${message}\n${running.recentOutput().slice(-1_000)}`);
    return { server: server.name, outcome: { error: message } };
  } finally {
    await running.stop();
  }
}
