import os from 'node:os';
import type { BenchSection } from './types';

/** What one suite produced: its section, or why it failed. */
export type SuiteOutcome = { name: string; seconds: number } & ({ section: BenchSection } | { error: string });

/** The machine a report was measured on: numbers mean little without it. */
export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const gib = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `${cpus.length} × ${model}, ${gib} GiB RAM, ${os.type()} ${os.release()} (${os.arch()}), Node ${process.version}`;
}

/** Escapes a table cell (a pipe would end the cell). */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The whole report: machine, date, a summary of every goal, then each suite's section. */
export function renderReport(
  outcomes: readonly SuiteOutcome[],
  { smoke, date }: { smoke: boolean; date: Date },
): string {
  const lines: string[] = [
    '# notevote benchmarks',
    '',
    `- **Machine:** ${machineLine()}`,
    `- **Date:** ${date.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- **Command:** \`pnpm bench${smoke ? ' --smoke' : ''}\` (suites run one at a time)`,
  ];
  if (smoke)
    lines.push('', '> Smoke run: tiny sizes that only prove each benchmark works. These numbers mean nothing.');
  lines.push('', '## Goals', '', '| suite | goal | measured | target | met |', '| --- | --- | --- | --- | --- |');
  for (const outcome of outcomes) {
    if ('error' in outcome) {
      lines.push(`| ${outcome.name} | (suite failed) | ${cell(outcome.error.split('\n')[0] ?? '')} | | ❌ |`);
      continue;
    }
    for (const goal of outcome.section.goals) {
      lines.push(
        `| ${outcome.name} | ${cell(goal.name)} | ${cell(goal.measured)} | ${cell(goal.goal)} | ${goal.met ? '✅' : '❌'} |`,
      );
    }
  }
  for (const outcome of outcomes) {
    lines.push('');
    if ('error' in outcome) {
      lines.push(`## ${outcome.name}`, '', `This suite failed after ${outcome.seconds.toFixed(0)} s: ${outcome.error}`);
      continue;
    }
    lines.push(`## ${outcome.section.title}`, '', outcome.section.body.trim(), '');
    lines.push(`_Suite time: ${outcome.seconds.toFixed(0)} s._`);
  }
  return `${lines.join('\n')}\n`;
}
