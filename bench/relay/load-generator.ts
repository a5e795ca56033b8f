/**
 * The load generator: its own process, so its CPU never competes with the suite's bookkeeping and its timings are
 * taken where the sockets are. Receives a LoadPlan over IPC, runs it, answers with the result; one plan at a time.
 */
import { runFanout, runRamp } from './fanout-run';
import { runIdleMemory } from './idle-memory-run';
import { runPeople } from './people-run';
import type { GeneratorMessage, LoadPlan, LoadResult } from './plan';
import { runReconnect } from './reconnect-run';

function reply(message: GeneratorMessage): void {
  process.send?.(message);
}

const log = (line: string) => reply({ type: 'progress', line });

function run(plan: LoadPlan): Promise<LoadResult> {
  switch (plan.kind) {
    case 'fanout':
      return runFanout(plan);
    case 'ramp':
      return runRamp(plan, log);
    case 'reconnect':
      return runReconnect(plan, log);
    case 'people':
      return runPeople(plan, log);
    case 'idle-memory':
      return runIdleMemory(plan);
  }
}

process.on('message', (plan: LoadPlan) => {
  run(plan).then(
    (result) => reply({ type: 'result', result }),
    (error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
// The suite going away (even killed) closes the channel: nothing is left running.
process.on('disconnect', () => process.exit(0));
