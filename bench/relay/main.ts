/**
 * Runs only the relay fan-out suite and prints its Markdown, for working on it:
 *   pnpm --filter @notevote/bench exec tsx relay/main.ts [--smoke]
 */
import { relayFanout } from './index';

const smoke = process.argv.includes('--smoke');
const section = await relayFanout({ smoke, log: (line) => console.error(line) });
console.log(`## ${section.title}\n\n${section.body}\n`);
console.log('| goal | measured | target | met |\n| --- | --- | --- | --- |');
for (const goal of section.goals)
  console.log(`| ${goal.name} | ${goal.measured} | ${goal.goal} | ${goal.met ? 'yes' : 'no'} |`);
