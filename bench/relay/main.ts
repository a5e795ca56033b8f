/**
 * Runs only the relay fan-out suite and prints its Markdown, for working on it:
 *   pnpm --filter @notevote/bench exec tsx relay/main.ts [--smoke]
 * Narrow it down with BENCH_SCENARIOS=c,d (scenario ids) and BENCH_SERVERS=notevote (server names); profile the
 * notevote relay with BENCH_RELAY_PROFILE=<dir> (a V8 .cpuprofile per server process, open it in Chrome DevTools).
 */
import { relayFanout } from './index';

const smoke = process.argv.includes('--smoke');
const section = await relayFanout({ smoke, log: (line) => console.error(line) });
console.log(`## ${section.title}\n\n${section.body}\n`);
console.log('| goal | measured | target | met |\n| --- | --- | --- | --- |');
for (const goal of section.goals)
  console.log(`| ${goal.name} | ${goal.measured} | ${goal.goal} | ${goal.met ? 'yes' : 'no'} |`);
