import { performance } from 'node:perf_hooks';
import type { RoomMember } from './member';

/**
 * While a board's presence keeps changing, it goes out at most this often: twenty messages a second per receiver,
 * each with everyone's latest state, the pace the web app publishes its own pointer at (CURSOR_INTERVAL_MS). Batched
 * per event-loop turn alone, two hundred people moving their cursors sent every phone a message in each turn of a busy
 * relay, two hundred sends a turn that left the relay little time for the edits themselves.
 */
const PRESENCE_INTERVAL_MS = 50;

/**
 * Presence changes (awareness client ids) relayed as one message: those of one event-loop turn, and while changes
 * keep coming, those of up to PRESENCE_INTERVAL_MS. Two hundred people moving their cursors ten times a second would
 * otherwise cost 400,000 sends a second. The first change after a quiet spell goes out at the end of its turn, so a
 * quiet board adds no delay. Each client's latest state is what gets sent, so a change and its undoing within one
 * message cost nothing.
 */
export class PresenceBatch {
  private readonly changed = new Set<number>();
  /** Who made the changes: a sender is not sent its own states back. */
  private readonly senders = new Set<RoomMember>();
  private scheduled: { cancel(): void } | null = null;
  private lastRelayedAt = -Infinity;

  constructor(
    private readonly relay: (clients: number[], senders: ReadonlySet<RoomMember>) => void,
    private readonly intervalMs = PRESENCE_INTERVAL_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues changed client ids; `sender` null means the relay's own change (or a departed connection's). */
  add(clients: readonly number[], sender: RoomMember | null): void {
    if (clients.length === 0) return;
    for (const id of clients) this.changed.add(id);
    if (sender) this.senders.add(sender);
    this.scheduled ??= this.schedule();
  }

  /** Drops what is queued (the room is unloading). */
  cancel(): void {
    this.scheduled?.cancel();
    this.scheduled = null;
    this.changed.clear();
    this.senders.clear();
  }

  /** At the end of this turn, or when the interval since the last message is over if that is later. */
  private schedule(): { cancel(): void } {
    const wait = this.lastRelayedAt + this.intervalMs - this.now();
    if (wait <= 0) {
      const immediate = setImmediate(this.flush);
      return { cancel: () => clearImmediate(immediate) };
    }
    const timeout = setTimeout(this.flush, wait);
    return { cancel: () => clearTimeout(timeout) };
  }

  private readonly flush = (): void => {
    this.scheduled = null;
    this.lastRelayedAt = this.now();
    const clients = [...this.changed];
    const senders = new Set(this.senders);
    this.changed.clear();
    this.senders.clear();
    if (clients.length > 0) this.relay(clients, senders);
  };
}
