import type { RoomMember } from './member';

/**
 * How often a member may be asked to resend what the relay is missing instead of being refused. An honest client
 * needs it a few times after a broken link (each update it wrote before its resync arrived); one that keeps
 * sending updates built on changes it never sends is refused after `limit` asks.
 */
export class ResyncAllowance {
  private readonly used = new WeakMap<RoomMember, number>();

  constructor(private readonly limit = 50) {}

  /** Whether `member` may be asked once more (counts the ask). */
  allow(member: RoomMember): boolean {
    const used = this.used.get(member) ?? 0;
    if (used >= this.limit) return false;
    this.used.set(member, used + 1);
    return true;
  }
}
