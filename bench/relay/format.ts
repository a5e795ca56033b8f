import type { Closes } from './plan';

/** How the relay report writes numbers and tables. */

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(2)} %`);
export const integer = (value: number) => Math.round(value).toLocaleString('en-US');
export const closesText = (closes: Closes) =>
  Object.entries(closes)
    .map(([code, count]) => `${integer(count)}× ${code}`)
    .join(', ') || '–';

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Closes of several runs added up by code. */
export function sumCloses(all: readonly Closes[]): Closes {
  const sum: Closes = {};
  for (const closes of all) {
    for (const [code, count] of Object.entries(closes)) sum[code] = (sum[code] ?? 0) + count;
  }
  return sum;
}
