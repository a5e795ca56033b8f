import type { FastifyBaseLogger } from 'fastify';
import type { BoardHost } from '../rooms/board-host';
import type { BoardDirectory } from '../storage/board-directory';
import type { EraseBoard } from './erase-board';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface RetentionOptions {
  directory: BoardDirectory;
  host: BoardHost;
  erase: EraseBoard;
  /** Boards unused for this many days are erased. */
  days: number;
  logger: FastifyBaseLogger;
  /** How often to sweep after the first sweep; default one hour. */
  intervalMs?: number;
}

export interface SweepResult {
  /** Boards erased by this sweep. */
  erased: number;
  /** Boards past the limit that were kept because someone was using them. */
  kept: number;
  /** Boards whose erase failed (logged; tried again at the next sweep). */
  failed: number;
}

/**
 * BOARD_RETENTION_DAYS: erases boards nobody has used for that long, at start and hourly. "Used" is the directory's
 * last-touched time (the registry touches a board when it loads and unloads, and hourly while loaded); a board in
 * memory is never erased. Logs counts only: never titles, content or ids of what it erased.
 */
export class Retention {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<SweepResult> | null = null;

  constructor(private readonly options: RetentionOptions) {
    this.timer = setInterval(() => void this.sweep(), options.intervalMs ?? HOUR_MS);
    this.timer.unref();
  }

  /** One sweep; concurrent callers share the sweep in progress. */
  sweep(now = Date.now()): Promise<SweepResult> {
    this.running ??= this.sweepOnce(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sweepOnce(now: number): Promise<SweepResult> {
    const { directory, host, erase, days, logger } = this.options;
    const cutoff = now - days * DAY_MS;
    const result: SweepResult = { erased: 0, kept: 0, failed: 0 };
    let stale: string[];
    try {
      stale = await directory.untouchedSince(cutoff);
    } catch (error) {
      logger.error({ err: error }, 'retention: could not list unused boards; trying again in an hour');
      return result;
    }
    for (const id of stale) {
      // Checked again right before erasing: it may have been opened since the list was read.
      const record = await directory.get(id);
      if (!record || record.touchedAt >= cutoff) continue;
      if (await host.isActive(id)) {
        result.kept++;
        continue;
      }
      try {
        if (await erase(id)) result.erased++;
      } catch (error) {
        result.failed++;
        logger.error({ err: error }, 'retention: could not erase an unused board; trying again at the next sweep');
      }
    }
    if (result.erased + result.kept + result.failed > 0) {
      logger.info({ ...result, days }, `retention: erased boards unused for ${days} days (BOARD_RETENTION_DAYS)`);
    }
    return result;
  }

  /** Stops sweeping, after the sweep in progress (if any) has finished. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
