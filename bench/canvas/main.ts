/**
 * Runs the canvas and bundle benchmarks on their own and prints their sections:
 *
 *   pnpm --filter @notevote/bench exec tsx canvas/main.ts [--smoke] [--only=bundle|frames]
 *
 * BENCH_CANVAS_PROFILE=1 also prints the page's hottest functions per phase (CDP Profiler).
 */
import type { BenchSuite } from '../lib/types';
import { bundleSize, canvasFrames } from './index';

const SUITES: Record<string, BenchSuite> = { bundle: bundleSize, frames: canvasFrames };

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const smoke = argv.includes('--smoke');
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (only && !(only in SUITES)) throw new Error(`--only must be one of ${Object.keys(SUITES).join(', ')}`);
  const log = (line: string) => process.stderr.write(`[canvas] ${line}\n`);
  for (const [name, suite] of Object.entries(SUITES)) {
    if (only && only !== name) continue;
    const section = await suite({ smoke, log });
    process.stdout.write(`## ${section.title}\n\n${section.body}\n\n`);
    for (const goal of section.goals) {
      process.stdout.write(`- ${goal.met ? '✅' : '❌'} ${goal.name}: ${goal.measured} (goal ${goal.goal})\n`);
    }
    process.stdout.write('\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
