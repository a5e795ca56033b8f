import { LEAD_PRESENCE_KEY, sanitizeLead, type Lead } from '@notevote/board';
import type { RoomMember } from './member';

/** One facilitator client's latest lead, and when it last changed (to find the latest facilitator). */
interface Source {
  lead: Lead;
  changedAt: number;
}

/**
 * What everyone who follows the facilitator follows: the view of the facilitator who changed theirs last, and the
 * board's count of "Bring everyone to me". Facilitator clients publish `lead` in their own presence; the relay never
 * relays it there (see `sanitizePresence`), takes it only from facilitator connections, checks it (`sanitizeLead`)
 * and republishes it in its own presence state, where no cursor can be matched to it.
 *
 * The summon count everyone sees is the board's own: it goes up by one whenever a facilitator client's count goes
 * up, so a facilitator who reloads (and counts from 0 again) or a second facilitator window never sends followers
 * backwards, and a client seen for the first time summons nobody.
 */
export class FacilitatorLead {
  /** Facilitator connection → (its awareness client id → that client's latest lead). */
  private readonly sources = new Map<RoomMember, Map<number, Source>>();
  private summons = 0;
  private changes = 0;
  private latest: Source | null = null;
  private published = 'null';

  constructor(private readonly publish: (lead: Lead | null) => void) {}

  /**
   * A facilitator client's presence state changed (`state` null: it left). A state without a well-formed `lead`
   * withdraws that client's lead.
   */
  receive(connection: RoomMember, clientId: number, state: unknown): void {
    if (connection.role !== 'facilitator') return;
    const raw =
      typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[LEAD_PRESENCE_KEY] : null;
    const lead = sanitizeLead(raw);
    let mine = this.sources.get(connection);
    const before = mine?.get(clientId);
    if (!lead) {
      if (!before) return;
      mine!.delete(clientId);
      if (mine!.size === 0) this.sources.delete(connection);
      this.update();
      return;
    }
    if (!mine) this.sources.set(connection, (mine = new Map()));
    const summoned = before !== undefined && lead.summon > before.lead.summon;
    if (summoned) this.summons++;
    const moved = !before || !sameView(before.lead, lead);
    const source: Source = { lead, changedAt: moved || summoned ? ++this.changes : before.changedAt };
    mine.set(clientId, source);
    this.update();
  }

  /** A connection left: its clients' leads go with it. */
  leave(connection: RoomMember): void {
    if (this.sources.delete(connection)) this.update();
  }

  /** What followers follow now, or null while no facilitator shares a view. */
  current(): Lead | null {
    return this.latest ? { view: this.latest.lead.view, summon: this.summons } : null;
  }

  private update(): void {
    let latest: Source | null = null;
    for (const mine of this.sources.values()) {
      for (const source of mine.values()) if (!latest || source.changedAt > latest.changedAt) latest = source;
    }
    this.latest = latest;
    const lead = this.current();
    const encoded = JSON.stringify(lead);
    if (encoded === this.published) return;
    this.published = encoded;
    this.publish(lead);
  }
}

function sameView(a: Lead, b: Lead): boolean {
  return (
    a.view.x === b.view.x && a.view.y === b.view.y && a.view.width === b.view.width && a.view.height === b.view.height
  );
}
