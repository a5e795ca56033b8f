// Dev entry: pnpm --filter @notevote/bench exec tsx board/main.ts [--smoke]
import { boardKernels } from './index';

const smoke = process.argv.includes('--smoke');
const section = await boardKernels({ smoke, log: (line) => process.stderr.write(`${line}\n`) });
console.log(`## ${section.title}\n\n${section.body}\n`);
console.log('| Goal | measured | goal | met |\n| --- | ---: | ---: | :---: |');
for (const goal of section.goals) {
  console.log(`| ${goal.name} | ${goal.measured} | ${goal.goal} | ${goal.met ? 'yes' : 'no'} |`);
}
