import { afterEach, describe, expect, it, vi } from 'vitest';
import { RefusalSummary } from './refusal-summary';

function recordingLog() {
  const lines: { details: Record<string, unknown>; message: string }[] = [];
  return { lines, warn: (details: Record<string, unknown>, message: string) => lines.push({ details, message }) };
}

describe('RefusalSummary', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs the first refusal at once and the rest of the window as one count per rule', () => {
    vi.useFakeTimers();
    const log = recordingLog();
    const summary = new RefusalSummary(log, 60_000);
    summary.refused('connection-rate');
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]!.message).toContain('CONNECTIONS_PER_SECOND');
    for (let i = 0; i < 1_000; i++) summary.refused('connection-rate');
    summary.refused('device-sockets');
    expect(log.lines).toHaveLength(1); // a flood of refusals is not a flood of log lines
    vi.advanceTimersByTime(60_000);
    expect(log.lines).toHaveLength(2);
    expect(log.lines[1]!.details['refused']).toEqual({ 'connection-rate': 1_000, 'device-sockets': 1 });
    expect(log.lines[1]!.message).toContain('refused 1001 more');
    summary.stop();
  });

  it('after a quiet window, the next refusal is logged at once again', () => {
    vi.useFakeTimers();
    const log = recordingLog();
    const summary = new RefusalSummary(log, 1_000);
    summary.refused('device-sockets');
    vi.advanceTimersByTime(1_000); // nothing more in the window: no summary line
    expect(log.lines).toHaveLength(1);
    summary.refused('device-sockets');
    expect(log.lines).toHaveLength(2);
    expect(log.lines[1]!.message).toContain('MAX_CONNECTIONS_PER_DEVICE');
    summary.stop();
  });
});
