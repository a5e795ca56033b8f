import type { BoardIdentity, RefusalCode } from '@notevote/board';
import type { Role } from '../auth/capabilities';
import type { Channel, RoomMember } from '../rooms/member';
import type { CloseCodeValue } from '../sync/close-codes';
import type { ClusterBus } from './bus';

/**
 * Frames crossing to other instances, gathered per instance during one turn of the event loop and sent as one
 * message each: a busy board's fan-out costs one bus message per instance and turn, not one per frame and member.
 * The owner of a board sends `deliver` batches to gateways; a gateway sends `frames` batches to owners.
 */
export class Outbox {
  private readonly pending = new Map<string, { conns: string[]; frames: Uint8Array[] }>();
  private scheduled = false;

  constructor(
    private readonly bus: ClusterBus,
    private readonly kind: 'deliver' | 'frames',
  ) {}

  push(gateway: string, conn: string, frame: Uint8Array): void {
    let batch = this.pending.get(gateway);
    if (!batch) this.pending.set(gateway, (batch = { conns: [], frames: [] }));
    batch.conns.push(conn);
    batch.frames.push(frame);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Sends what is gathered (for one instance: before a close or a leave, so every frame arrives before it). */
  flush(gateway?: string): void {
    if (gateway === undefined) this.scheduled = false;
    for (const [to, batch] of this.pending) {
      if (gateway !== undefined && to !== gateway) continue;
      this.pending.delete(to);
      this.bus.send(to, { kind: this.kind, conns: batch.conns, frames: batch.frames });
    }
  }
}

/**
 * A client of another instance (its gateway), in the room of this one, which holds its board. Its frames arrive over
 * the bus; what the room sends it goes back the same way. Rate limits, keepalive and liveness are its gateway's job,
 * where its socket is.
 */
export class RemoteMember implements RoomMember {
  private boardIdentity: BoardIdentity | null = null;
  private open = true;

  constructor(
    /** `<gateway instance>/<connection id>`. */
    readonly id: string,
    readonly gateway: string,
    readonly role: Role,
    readonly epoch: number,
    readonly channel: Channel,
    private readonly outbox: Outbox,
    private readonly bus: ClusterBus,
    /** Called once it is closed from this side (a refusal, a replaced link), so the host forgets it. */
    private readonly onClosed: (member: RemoteMember) => void,
  ) {}

  identify(identity: BoardIdentity | null): void {
    this.boardIdentity = identity;
  }

  get identity(): BoardIdentity | null {
    return this.boardIdentity;
  }

  get userId(): string | null {
    return this.boardIdentity?.userId ?? null;
  }

  get isOpen(): boolean {
    return this.open;
  }

  send(frame: Uint8Array): void {
    if (this.open) this.outbox.push(this.gateway, this.id, frame);
  }

  close(code: CloseCodeValue, reason: RefusalCode): void {
    if (!this.open) return;
    this.open = false;
    this.outbox.flush(this.gateway);
    this.bus.send(this.gateway, { kind: 'close', conn: this.id, code, reason });
    this.onClosed(this);
  }

  /** Gone without a word to its gateway (it left, or the gateway is gone). */
  drop(): void {
    this.open = false;
  }

  heartbeat(): void {
    // Its gateway pings the socket and keeps it fed.
  }
}
