import type { RoomMember } from './member';

/**
 * Presence changes (awareness client ids) of one event-loop turn, relayed as one message. Two hundred people
 * moving their cursors ten times a second would otherwise cost 400,000 sends a second; per turn, the busier the
 * relay is, the more changes each message carries, and an idle relay adds no delay. Each client's latest state
 * is what gets sent, so a change and its undoing within one turn cost nothing.
 */
export class PresenceBatch {
  private readonly changed = new Set<number>();
  /** Who made the changes: a sender is not sent its own states back. */
  private readonly senders = new Set<RoomMember>();
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly relay: (clients: number[], senders: ReadonlySet<RoomMember>) => void) {}

  /** Queues changed client ids; `sender` null means the relay's own change (or a departed connection's). */
  add(clients: readonly number[], sender: RoomMember | null): void {
    if (clients.length === 0) return;
    for (const id of clients) this.changed.add(id);
    if (sender) this.senders.add(sender);
    this.scheduled ??= setImmediate(this.flush);
  }

  /** Drops what is queued (the room is unloading). */
  cancel(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.changed.clear();
    this.senders.clear();
  }

  private readonly flush = (): void => {
    this.scheduled = null;
    const clients = [...this.changed];
    const senders = new Set(this.senders);
    this.changed.clear();
    this.senders.clear();
    if (clients.length > 0) this.relay(clients, senders);
  };
}
