/**
 * `pnpm bench`: runs every benchmark one after another (never two at once, so they do not disturb each other),
 * prints one Markdown report and writes it to bench/RESULTS.md.
 *
 *   pnpm bench                      everything, full size (several minutes)
 *   pnpm bench --smoke              tiny sizes: proves every benchmark still works (CI); writes no RESULTS.md
 *   pnpm bench --only=board,bundle  some suites (names below); prints the report, writes bench/RESULTS.md only with
 *                                   --out (a partial run must never replace the full results)
 *   pnpm bench --out=<file>         write the report elsewhere
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUITES } from './suites';
import { renderReport, type SuiteOutcome } from './lib/report';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv: readonly string[]) {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only')?.split(',').filter(Boolean) ?? null;
  const unknown = only?.filter((name) => !SUITES.some((suite) => suite.name === name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(`unknown suite(s): ${unknown.join(', ')}; choose from ${SUITES.map((s) => s.name).join(', ')}`);
  }
  const smoke = argv.includes('--smoke');
  // Only a full run may replace bench/RESULTS.md: a partial one would drop every other suite's results from it.
  const full = !smoke && only === null;
  return { smoke, only, out: value('out') ?? (full ? path.join(here, 'RESULTS.md') : null) };
}

async function main(): Promise<number> {
  const { smoke, only, out } = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const outcomes: SuiteOutcome[] = [];
  for (const suite of SUITES) {
    if (only && !only.includes(suite.name)) continue;
    log(`${suite.name}: ${suite.description}${smoke ? ' (smoke)' : ''}`);
    const started = performance.now();
    try {
      const section = await suite.run({ smoke, log: (line) => log(`${suite.name}: ${line}`) });
      outcomes.push({ name: suite.name, section, seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      // One broken suite must not hide the others' results; the run still fails at the end.
      log(`${suite.name} FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      outcomes.push({ name: suite.name, error: String(error), seconds: (performance.now() - started) / 1000 });
    }
  }
  const report = renderReport(outcomes, { smoke, date: new Date() });
  process.stdout.write(report);
  if (out) {
    writeFileSync(out, report);
    log(`report written to ${path.relative(process.cwd(), out)}`);
  } else if (only && !smoke) {
    log('a partial run: bench/RESULTS.md keeps the last full run; add --out=<file> to keep this report');
  }
  return outcomes.some((outcome) => 'error' in outcome) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
