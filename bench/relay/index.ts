import type { BenchOptions, BenchSection, BenchSuite } from '../lib/types';
import { GeneratorProcess } from './generator-process';
import { goals } from './goals';
import { idleMemory } from './idle-memory';
import { body, type MemoryRun } from './report';
import type { Run } from './rounds';
import { type Scenario, scenarios } from './scenarios';
import { schedule, type Slot } from './schedule';
import type { RunningServer } from './server-process';
import { NOTEVOTE_BENCH_LIMITS, SERVERS, type ServerUnderTest } from './servers';

/** A full run repeats every scenario this often (BENCH_ROUNDS overrides it); a smoke run does each once. */
const FULL_ROUNDS = 3;
const IDLE_CONNECTIONS = { full: 1_000, smoke: 20 };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function runSlot(
  slot: Slot,
  running: RunningServer,
  generator: GeneratorProcess,
  log: (line: string) => void,
): Promise<Run> {
  const { scenario, round } = slot;
  const run = { server: slot.server.name, round, scenario };
  try {
    const target = await slot.server.boards(running, scenario.boards);
    const cpuBefore = running.cpuSeconds();
    const result = await generator.run(scenario.plan(target), (line) => log(`  ${line}`));
    const outcome = { result, cpuSeconds: running.cpuSeconds() - cpuBefore, peakRssMib: running.peakRssMib() };
    return { ...run, outcome };
  } catch (error) {
    log(`  failed: ${messageOf(error)}\n${running.recentOutput().slice(-1_000)}`);
    return { ...run, outcome: { error: messageOf(error) } };
  }
}

/**
 * Every slot of the schedule, each server alone on the machine with the load generator. A full run restarts the
 * server for every slot, so each starts with clean memory and its CPU and peak RSS are that scenario's; a smoke run
 * keeps a server's process while the next slot wants the same server with the same limits, since its numbers mean
 * nothing anyway and startups would dominate.
 */
async function runAll(
  options: BenchOptions,
  slots: Slot[],
  rounds: number,
  generator: GeneratorProcess,
): Promise<Run[]> {
  const runs: Run[] = [];
  let kept: { server: ServerUnderTest; defaultLimits: boolean; running: RunningServer } | null = null;
  try {
    for (const slot of slots) {
      const defaultLimits = slot.scenario.limits === 'defaults';
      if (kept && (kept.server !== slot.server || kept.defaultLimits !== defaultLimits)) {
        await kept.running.stop();
        kept = null;
      }
      const roundText = rounds > 1 ? `round ${slot.round}/${rounds} ` : '';
      options.log(`relay fan-out: ${roundText}${slot.scenario.title}: ${slot.server.name}`);
      let running: RunningServer;
      try {
        running = kept?.running ?? (await slot.server.start({ defaultLimits }));
      } catch (error) {
        options.log(`  could not start: ${messageOf(error)}`);
        runs.push({
          server: slot.server.name,
          round: slot.round,
          scenario: slot.scenario,
          outcome: { error: messageOf(error) },
        });
        continue;
      }
      try {
        runs.push(await runSlot(slot, running, generator, options.log));
      } finally {
        if (options.smoke) kept = { server: slot.server, defaultLimits, running };
        else await running.stop();
      }
    }
  } finally {
    await kept?.running.stop();
  }
  return runs;
}

async function measureMemory(
  options: BenchOptions,
  servers: readonly ServerUnderTest[],
  generator: GeneratorProcess,
): Promise<MemoryRun[]> {
  const connections = options.smoke ? IDLE_CONNECTIONS.smoke : IDLE_CONNECTIONS.full;
  const runs: MemoryRun[] = [];
  for (const server of servers) {
    options.log(`relay memory: ${connections} idle connections: ${server.name}`);
    runs.push(await idleMemory(server, generator, connections, options.smoke, options.log));
  }
  return runs;
}

function notes(smoke: boolean, rounds: number, idleConnections: number): string[] {
  const limits = Object.entries(NOTEVOTE_BENCH_LIMITS)
    .map(([name, value]) => `\`${name}=${value}\``)
    .join(', ');
  return [
    smoke ? '**Smoke run: tiny sizes, the numbers mean nothing.**\n' : '',
    'Each server ran alone in its own process on 127.0.0.1, restarted for every scenario of a full run; the load',
    'generator is one separate Node process with raw `ws` sockets speaking the y-websocket protocol (Hocuspocus',
    'clients send its document-name prefix and an Auth frame first). Writers move their own note (one Yjs struct per',
    'update); latency is receive time − send time in the generator for every (update, other client) pair, matched',
    'by the struct id in whatever update the server relays (Hocuspocus merges updates of one event-loop turn).',
    rounds > 1
      ? `**Rounds:** every scenario ran ${rounds} times. Within a round each scenario ran on every server one after ` +
        'another, in an order rotated per scenario and per round, so drift on the shared machine hits every server ' +
        'alike. Tables show the headline figure of each round (r1 / r2 / r3) and their median; *delivered* and ' +
        '*synced* are the worst round, *generator CPU* the highest, closes all rounds together, every other column ' +
        'the median. The goals that ask notevote to be ahead require it in every round.'
      : 'Every scenario ran once (one round).',
    smoke
      ? ''
      : 'Durations are short so a full run of eight servers × eight scenarios × three rounds stays near 32 minutes ' +
        'on 2 cores: 4 s of load per fan-out scenario and in (g), each after 1 s of the same load not counted (every ' +
        'server is restarted per scenario, and its first updates run cold, not yet compiled: in (b), with 120 ' +
        'updates, the first few alone set the p99); (f) starts at 1,000 updates/s and steps ×1.35 every ' +
        '1.5 s, fourteen steps at most (about 49,500 updates/s: a server still passing there shows "none (ramp ended)"), ' +
        'then, after 1 s to catch up, up to two finer steps of ×1.105 from the last passing rate. Before (h), a ' +
        'facilitator who stays connected sends the board its history, one note from each of 5,000 Yjs client ids, ' +
        'and the crowd joins once a new client is sent all of it; the floors keep no document and skip (h).',
    '*Delivered* = deliveries received / expected; *sustained* = updates that reached all their receivers, per',
    'second of load; *server CPU* = user + system seconds of the server process during the scenario',
    '(/proc/<pid>/stat), *peak RSS* = VmHWM. *Generator CPU* is the generator’s own load in cores: † marks',
    'rows above 0.9, where the generator may have limited the result rather than the server. A client the server',
    'closes while it joins reconnects as the stock client does (the close still counts in *closed by server*).',
    `notevote ran its real relay with validation and durable SQLite writes on (defaults), with ${limits} because`,
    'every client (and every board the generator creates) shares one address and ramp writers may exceed 100',
    'messages/s each — except in (g), which runs it with all its default limits.',
    'The peers run twice: in memory, as their quick starts run them, and as a user who keeps documents deploys',
    'them: @y/websocket-server with `YPERSISTENCE` (every update stored in LevelDB through y-leveldb), Hocuspocus',
    'with its SQLite extension (better-sqlite3, a database file in a temporary directory, stored on its default',
    'debounce). The goals compare notevote with the in-memory peers, the strictest comparison.',
    '*null relay (floor)* is the harness’s own floor on this machine: a `ws` server that writes every frame a',
    'client sends to every other socket of the same URL path (one prebuilt frame per receiver, straight to TCP),',
    'with no Yjs and no storage (it answers sync step 1 with an empty step 2). It is compared with nobody. Where each',
    'update is one frame to pass on, as in (b) and (g), no relay can beat it, and (b)’s goal allows 1 ms above its',
    'p99 when that is above 15 ms. Where many frames arrive per event-loop turn it is no floor: notevote and',
    'Hocuspocus merge the updates of a turn into one message ((a), (c), (f)), and notevote batches presence while',
    'the null relay passes on every cursor ((d)), so they send fewer frames than it does.',
    '*durable null relay (floor)* is the same relay keeping the promise notevote keeps, stored before relayed, in the',
    'cheapest way there is: it appends every frame to a file and forwards the frames of an event-loop turn only after',
    'one `fdatasync` (on its main thread, as notevote’s fast path commits a small turn). What it adds to the null',
    'relay’s latency is what durability itself costs on this disk; what notevote adds to it is notevote’s own work',
    '(validation, Yjs, SQLite, the storage thread). The p99 goal says in how many rounds it, too, was ahead of both',
    'in-memory peers.',
    '(e) opens fresh sockets all at once while the loading facilitator stays connected (the in-memory peers keep no',
    'board without a connection; the null relay keeps none at all, so it skips (e)); a client counts as synced when its whole sync step 2 frame has arrived (it is not',
    'applied: decoding 1 MB a thousand times would time the generator). (f) steps the aggregate rate up with the',
    'same clients until fewer than 99 % of deliveries arrive within 100 ms; the finer steps after that tell apart',
    'servers that failed at the same coarse step (the highest passing rate is the highest of any step that passed).',
    '(g) is a plenary behind one address (a venue’s NAT): each person’s app opens the sockets the web app opens, the',
    'board and then, once it has synced, their private document (`/ws/<boardId>/<userId>` on notevote with the same',
    'token and key; a second document name per person on the peers, on its own socket as each provider opens one).',
    'People join 100 at a time, the next hundred when these are in or after 0.5 s (at most 200 people a second, the',
    'pace of a room reconnecting after its Wi-Fi dropped); a refused socket is retried as the stock client retries',
    '(backoff from 200 ms to 2.5 s; a refused upgrade too, never a 44xx close) until 5 s after the last batch',
    'started. *People in* = both sockets synced (worst round); *refused while joining* counts every refused or',
    'dropped attempt, by close code or by the HTTP status that refused the upgrade (`HTTP 429`: a connection-rate',
    'limit). Then the first person (the facilitator) writes 30 updates/s; every other person’s board socket should',
    'receive each, so people who never got in count as missed deliveries.',
    `*Memory per idle connection*: a fresh server, one board opened by one socket, then ${idleConnections} synced`,
    'sockets that do nothing; resident memory (VmRSS, summed over instances) read after 2 s of quiet before and',
    'after they connect, nothing triggered inside the server (no forced garbage collection). notevote with the',
    'raised limits above, since the sockets share one address.',
    '*notevote ×2* is the same relay scaled out: two instances with `REDIS_URL` and `DATABASE_URL` (this machine’s',
    'Redis and PostgreSQL, a fresh schema per start), each board’s clients split evenly between them, so half reach',
    'the instance holding the board and half are forwarded to it through Redis; its CPU and peak RSS are the sums',
    'over both instances (Redis and PostgreSQL not included). Both instances share the machine’s 2 cores.',
  ].filter((line) => line !== '');
}

/** Comma-separated names from an environment variable (for working on one scenario or server), or null for all. */
function envList(name: string): string[] | null {
  const value = process.env[name];
  return value ? value.split(',').map((item) => item.trim()) : null;
}

function roundsWanted(smoke: boolean): number {
  if (smoke) return 1;
  const wanted = Number(process.env['BENCH_ROUNDS'] ?? FULL_ROUNDS);
  if (!Number.isInteger(wanted) || wanted < 1) throw new Error(`BENCH_ROUNDS must be a positive integer`);
  return wanted;
}

export const relayFanout: BenchSuite = async (options) => {
  // BENCH_SCENARIOS=c,d, BENCH_SERVERS=notevote and BENCH_ROUNDS=1 narrow a run down while working on the relay
  // (see main.ts); BENCH_SCENARIOS without `memory` leaves the idle-memory table out.
  const onlyScenarios = envList('BENCH_SCENARIOS');
  const onlyServers = envList('BENCH_SERVERS');
  const rounds = roundsWanted(options.smoke);
  const list: Scenario[] = scenarios(options.smoke).filter((s) => !onlyScenarios || onlyScenarios.includes(s.id));
  const servers = SERVERS.filter((s) => !onlyServers || onlyServers.includes(s.name));
  const idleConnections = options.smoke ? IDLE_CONNECTIONS.smoke : IDLE_CONNECTIONS.full;
  const generator = GeneratorProcess.start();
  let runs: Run[];
  let memory: MemoryRun[] = [];
  try {
    runs = await runAll(options, schedule(list, servers, rounds, options.smoke), rounds, generator);
    if (!onlyScenarios || onlyScenarios.includes('memory')) memory = await measureMemory(options, servers, generator);
  } finally {
    generator.stop();
  }
  const inMemoryPeers = SERVERS.filter((s) => s.kind === 'peer' && !s.persistent).map((s) => s.name);
  const section: BenchSection = {
    title: 'Relay fan-out: notevote vs @y/websocket-server and Hocuspocus',
    body: body(runs, {
      scenarios: list,
      servers: servers.map((s) => s.name),
      peers: SERVERS.filter((s) => s.kind === 'peer').map((s) => s.name),
      rounds,
      memory,
      memoryTitle: `Memory per idle connection (${idleConnections.toLocaleString('en-US')} synced sockets on one board)`,
      notes: notes(options.smoke, rounds, idleConnections),
      scaledOut: SERVERS.find((s) => s.kind === 'notevote' && s.name !== 'notevote')?.name ?? null,
    }),
    goals: goals(runs, {
      peers: inMemoryPeers,
      floor: SERVERS.find((s) => s.kind === 'floor' && !s.persistent)?.name ?? null,
      durableFloor: SERVERS.find((s) => s.kind === 'floor' && s.persistent)?.name ?? null,
      rounds,
    }),
  };
  return section;
};
