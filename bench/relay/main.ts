/**
 * Runs only the relay fan-out suite and prints its Markdown, for working on it:
 *   pnpm --filter @notevote/bench exec tsx relay/main.ts [--smoke]
 * Narrow it down with BENCH_SCENARIOS=c,d (scenario ids; add `memory` for the idle-memory table, which runs only when
 * BENCH_SCENARIOS is unset or names it), BENCH_SERVERS=notevote (server names, comma-separated) and BENCH_ROUNDS=1
 * (a full run does 3); profile the notevote relay with BENCH_RELAY_PROFILE=<dir> (a V8 .cpuprofile per server
 * process, open it in Chrome DevTools).
 */
import { relayFanout } from './index';

const smoke = process.argv.includes('--smoke');
const section = await relayFanout({ smoke, log: (line) => console.error(line) });
console.log(`## ${section.title}\n\n${section.body}\n`);
console.log('| goal | measured | target | met |\n| --- | --- | --- | --- |');
for (const goal of section.goals)
  console.log(`| ${goal.name} | ${goal.measured} | ${goal.goal} | ${goal.met ? 'yes' : 'no'} |`);
