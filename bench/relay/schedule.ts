import type { Scenario } from './scenarios';
import type { ServerUnderTest } from './servers';

/** One server in one scenario of one round (rounds count from 1). */
export interface Slot {
  round: number;
  scenario: Scenario;
  server: ServerUnderTest;
}

/** The null relay keeps no document, so a scenario about loading one has nothing to measure on it. */
const canRun = (slot: Slot) => !(slot.scenario.needsDocument && slot.server.kind === 'floor');

/**
 * The order a run takes. A full run goes round by round and, within a round, scenario by scenario with every server
 * one after another, so slow drift on a shared machine (another job, thermal limits) lands on all servers of a
 * scenario alike rather than on whichever ran last. The order of servers rotates per scenario and per round (each
 * round starts a third further along, for three rounds), so no server is always first or last. A smoke run proves
 * only that everything works: one server after another, which lets it keep one process per server.
 */
export function schedule(
  scenarios: readonly Scenario[],
  servers: readonly ServerUnderTest[],
  rounds: number,
  smoke: boolean,
): Slot[] {
  if (smoke) {
    return servers.flatMap((server) => scenarios.map((scenario) => ({ round: 1, scenario, server }))).filter(canRun);
  }
  const slots: Slot[] = [];
  const step = Math.ceil(servers.length / rounds);
  for (let round = 1; round <= rounds; round++) {
    scenarios.forEach((scenario, s) => {
      const offset = (s + (round - 1) * step) % servers.length;
      for (const server of [...servers.slice(offset), ...servers.slice(0, offset)]) {
        slots.push({ round, scenario, server });
      }
    });
  }
  return slots.filter(canRun);
}
