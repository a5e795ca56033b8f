import type { Connection } from './connection';

/**
 * Presence changes (awareness client ids) of one event-loop turn, relayed as one message. Two hundred people
 * moving their cursors ten times a second would otherwise cost 400,000 sends a second; per turn, the busier the
 * relay is, the more changes each message carries, and an idle relay adds no delay. Each client's latest state
 * is what gets sent, so a change and its undoing within one turn cost nothing.
 */
export class PresenceBatch {
  private readonly changed = new Set<number>();
  /** Who made the changes; one sender does not need its own changes back. */
  private sender: Connection | null | undefined = undefined;
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly relay: (clients: number[], except: Connection | null) => void) {}

  /** Queues changed client ids; `sender` null means the relay's own change (or a departed connection's). */
  add(clients: readonly number[], sender: Connection | null): void {
    if (clients.length === 0) return;
    for (const id of clients) this.changed.add(id);
    // Several senders in one turn: everyone gets the whole message (their own states are ignored as unchanged).
    this.sender = this.sender === undefined || this.sender === sender ? sender : null;
    this.scheduled ??= setImmediate(this.flush);
  }

  /** Drops what is queued (the room is unloading). */
  cancel(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.changed.clear();
    this.sender = undefined;
  }

  private readonly flush = (): void => {
    this.scheduled = null;
    const clients = [...this.changed];
    const except = this.sender ?? null;
    this.changed.clear();
    this.sender = undefined;
    if (clients.length > 0) this.relay(clients, except);
  };
}
