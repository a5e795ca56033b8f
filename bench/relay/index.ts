import type { BenchOptions, BenchSection, BenchSuite } from '../lib/types';
import { GeneratorProcess } from './generator-process';
import { body, goals, type Run } from './report';
import { type Scenario, scenarios } from './scenarios';
import type { RunningServer } from './server-process';
import { NOTEVOTE_BENCH_LIMITS, SERVERS, type ServerUnderTest } from './servers';

async function runScenario(
  server: ServerUnderTest,
  process: RunningServer,
  scenario: Scenario,
  generator: GeneratorProcess,
  log: (line: string) => void,
): Promise<Run> {
  try {
    const target = await server.boards(process, scenario.boards);
    const cpuBefore = process.cpuSeconds();
    const result = await generator.run(scenario.plan(target), (line) => log(`  ${line}`));
    return {
      server: server.name,
      scenario,
      outcome: { result, cpuSeconds: process.cpuSeconds() - cpuBefore, peakRssMib: process.peakRssMib() },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  failed: ${message}\n${process.recentOutput().slice(-1_000)}`);
    return { server: server.name, scenario, outcome: { error: message } };
  }
}

/**
 * Each server in turn, alone on the machine with the load generator. A full run restarts the server for every
 * scenario, so each starts with clean memory and its CPU and peak RSS are that scenario's; a smoke run keeps one
 * server process per server, since its numbers mean nothing anyway and startups would dominate.
 */
async function runAll(options: BenchOptions, list: Scenario[], servers: ServerUnderTest[]): Promise<Run[]> {
  const runs: Run[] = [];
  const generator = GeneratorProcess.start();
  try {
    for (const server of servers) {
      let shared: RunningServer | null = options.smoke ? await server.start() : null;
      try {
        for (const scenario of list) {
          options.log(`relay fan-out: ${server.name} ${scenario.title}`);
          const process = shared ?? (await server.start());
          try {
            runs.push(await runScenario(server, process, scenario, generator, options.log));
          } finally {
            if (!shared) await process.stop();
          }
        }
      } finally {
        await shared?.stop();
        shared = null;
      }
    }
  } finally {
    generator.stop();
  }
  return runs;
}

function notes(smoke: boolean): string[] {
  const limits = Object.entries(NOTEVOTE_BENCH_LIMITS)
    .map(([name, value]) => `\`${name}=${value}\``)
    .join(', ');
  return [
    smoke ? '**Smoke run: tiny sizes, the numbers mean nothing.**\n' : '',
    'Each server ran alone in its own process on 127.0.0.1 (restarted per scenario in a full run); the load',
    'generator is one separate Node process with raw `ws` sockets speaking the y-websocket protocol (Hocuspocus',
    'clients send its document-name prefix and an Auth frame first). Writers move their own note (one Yjs struct per',
    'update); latency is receive time − send time in the generator for every (update, other client) pair, matched',
    'by the struct id in whatever update the server relays (Hocuspocus merges updates of one event-loop turn).',
    '*Delivered* = deliveries received / expected; *sustained* = updates that reached all their receivers, per',
    'second of load; *server CPU* = user + system seconds of the server process during the scenario',
    '(/proc/<pid>/stat), *peak RSS* = VmHWM. *Generator CPU* is the generator’s own load in cores: † marks',
    'rows above 0.9, where the generator may have limited the result rather than the server.',
    `notevote ran its real relay with validation and durable SQLite writes on (defaults), with ${limits} because`,
    'every client (and every board the generator creates) shares one address and ramp writers may exceed 100',
    'messages/s each.',
    '(e) opens fresh sockets all at once while the loading facilitator stays connected (the peers keep no board',
    'without a connection); a client counts as synced when its whole sync step 2 frame has arrived (it is not',
    'applied: decoding 1 MB a thousand times would time the generator). (f) steps the aggregate rate up with the',
    'same clients until fewer than 99 % of deliveries arrive within 100 ms.',
    '*notevote ×2* is the same relay scaled out: two instances with `REDIS_URL` and `DATABASE_URL` (this machine’s',
    'Redis and PostgreSQL, a fresh schema per start), each board’s clients split evenly between them, so half reach',
    'the instance holding the board and half are forwarded to it through Redis; its CPU and peak RSS are the sums',
    'over both instances (Redis and PostgreSQL not included). Both instances share the machine’s 2 cores.',
  ];
}

/** Comma-separated names from an environment variable (for working on one scenario or server), or null for all. */
function envList(name: string): string[] | null {
  const value = process.env[name];
  return value ? value.split(',').map((item) => item.trim()) : null;
}

export const relayFanout: BenchSuite = async (options) => {
  // BENCH_SCENARIOS=c,d and BENCH_SERVERS=notevote narrow a run down while working on the relay (see main.ts).
  const onlyScenarios = envList('BENCH_SCENARIOS');
  const onlyServers = envList('BENCH_SERVERS');
  const list = scenarios(options.smoke).filter((s) => !onlyScenarios || onlyScenarios.includes(s.id));
  const servers = SERVERS.filter((s) => !onlyServers || onlyServers.includes(s.name));
  const runs = await runAll(options, list, servers);
  const peers = SERVERS.filter((server) => server.kind === 'peer').map((server) => server.name);
  const section: BenchSection = {
    title: 'Relay fan-out: notevote vs @y/websocket-server and Hocuspocus',
    body: body(
      runs,
      list,
      peers,
      notes(options.smoke),
      SERVERS.find((server) => server.kind === 'notevote' && server.name !== 'notevote')?.name ?? null,
    ),
    goals: goals(runs, peers),
  };
  return section;
};
