import type { CloseCause, LeanClient } from './lean-client';

/** The stock y-websocket client's wait before its n-th reconnect: 100 ms doubled per failed attempt, at most 2.5 s. */
const backoffMs = (failures: number) => Math.min(100 * 2 ** failures, 2_500);

/**
 * The stock client gives up on closes 4400–4499 (notevote's "this will never work" refusals) and retries anything
 * else, refused upgrades (HTTP 429 and the like) included.
 */
const isPermanent = (cause: CloseCause) => typeof cause === 'number' && cause >= 4400 && cause < 4500;

/**
 * Reconnects clients the server closed while they join, as the stock client would (a scaled-out server may tell a
 * joining client to come back through another instance, 1012; a busy one may refuse it for now, 1013 or HTTP 429).
 * Once joining is over, nobody is reconnected: a close during a measurement is a drop. Counting is the caller's.
 */
export class Rejoiner {
  joining = true;
  private readonly failures = new Map<LeanClient, number>();

  /** Schedules the client's reconnect; false when the stock client would give up, or joining is over. */
  retry(client: LeanClient, cause: CloseCause): boolean {
    if (!this.joining || isPermanent(cause)) return false;
    const failures = (this.failures.get(client) ?? 0) + 1;
    this.failures.set(client, failures);
    setTimeout(() => {
      if (this.joining) client.connect();
    }, backoffMs(failures));
    return true;
  }
}
