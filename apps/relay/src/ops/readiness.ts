/**
 * One thing the relay needs to serve boards (its storage, Redis): `check` resolves when it is reachable and rejects
 * otherwise. Keep it cheap and real (one small read), since load balancers call GET /readyz every few seconds.
 */
export interface ReadinessCheck {
  /** Shown in /readyz when the check fails: a name, never a URL or anything secret. */
  name: string;
  check(): Promise<void>;
}

/** A check that failed, and why (the reason is for the log, never for the HTTP answer). */
export interface FailedCheck {
  name: string;
  reason: string;
}

/** What GET /readyz reports. */
export type ReadinessReport = { ready: true } | { ready: false; draining: boolean; failed: FailedCheck[] };

/** Long enough for a busy database, short enough that a load balancer's health check does not time out first. */
export const DEFAULT_CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether this instance should get new clients: every check passes and it is not shutting down. A check that
 * neither resolves nor rejects within the timeout counts as failed (a hung database is as bad as a down one).
 */
export class Readiness {
  private isDraining = false;

  constructor(
    private readonly checks: readonly ReadinessCheck[],
    private readonly timeoutMs = DEFAULT_CHECK_TIMEOUT_MS,
  ) {}

  /** From now on the instance reports not ready: it is shutting down, clients should go to another one. */
  startDraining(): void {
    this.isDraining = true;
  }

  get draining(): boolean {
    return this.isDraining;
  }

  async report(): Promise<ReadinessReport> {
    if (this.isDraining) return { ready: false, draining: true, failed: [] };
    const outcomes = await Promise.all(
      this.checks.map(async ({ name, check }) => ({ name, reason: await this.failure(check) })),
    );
    const failed = outcomes.filter((outcome): outcome is FailedCheck => outcome.reason !== null);
    return failed.length === 0 ? { ready: true } : { ready: false, draining: false, failed };
  }

  /** Null when the check passes in time, else why it did not. */
  private async failure(check: () => Promise<void>): Promise<string | null> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`no answer within ${this.timeoutMs} ms`), this.timeoutMs);
    });
    try {
      return await Promise.race([check().then(() => null), timedOut]);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
    }
  }
}
