import { readFileSync } from 'node:fs';

/**
 * What Linux says about a process in /proc, so a server under test needs no cooperation (and gets no extra work, such
 * as a forced garbage collection) to be measured.
 */

/** Linux reports CPU time in clock ticks; 100 per second on every kernel config this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) the process has used so far. */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces), so utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

function statusKib(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
}

/** Peak resident memory in KiB since the process started (the kernel's high-water mark, nothing sampled). */
export const peakRssKibOf = (pid: number): number => statusKib(pid, 'VmHWM');

/** Resident memory in KiB now. */
export const rssKibOf = (pid: number): number => statusKib(pid, 'VmRSS');
