import { Crowd } from './crowd';
import type { IdleMemoryPlan, IdleMemoryResult } from './plan';
import { sleep } from './pace';
import { rssKibOf } from './proc-status';

const residentKib = (pids: readonly number[]) => pids.reduce((sum, pid) => sum + rssKibOf(pid), 0);

/** Clients that only connect and sync: no writer, no presence. */
const idle = (target: IdleMemoryPlan['target'], clients: number) =>
  new Crowd(target, { clientsPerBoard: clients, writersPerBoard: 0, writerRole: 'participant', cursorHz: 0 });

/**
 * Resident memory of the server around `connections` idle, synced sockets on one board. One socket per instance
 * opens the board first, so the reading before already holds the loaded (empty) board and the difference is what
 * the sockets themselves cost. Nothing is triggered inside the server (no forced garbage collection): the settle
 * time is all it gets, as it would in production.
 */
export async function runIdleMemory(plan: IdleMemoryPlan): Promise<IdleMemoryResult> {
  const instances = 1 + (plan.target.boards[0]?.mirrors?.length ?? 0);
  const openers = idle(plan.target, instances);
  const crowd = idle(plan.target, plan.connections);
  try {
    await openers.connect();
    await sleep(plan.settleMs);
    const rssBeforeKib = residentKib(plan.serverPids);
    // Connecting may fail part way (a refusal): what did connect is still measured and the closes say why.
    const failure = await crowd.connect().then(
      () => null,
      (error: unknown) => error,
    );
    await sleep(plan.settleMs);
    const rssAfterKib = residentKib(plan.serverPids);
    const synced = crowd.clients.filter((client) => client.synced).length;
    if (failure && synced === 0) throw failure;
    return {
      kind: 'idle-memory',
      connections: plan.connections,
      synced,
      rssBeforeKib,
      rssAfterKib,
      closes: { ...crowd.closes },
    };
  } finally {
    crowd.close();
    openers.close();
  }
}
