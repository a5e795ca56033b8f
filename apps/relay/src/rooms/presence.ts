import { randomInt } from 'node:crypto';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { sanitizePresence } from '@notevote/board';
import {
  AwarenessMessages,
  decodeAwareness,
  encodeAwarenessEntries,
  encodeAwarenessEntry,
  type AwarenessEntry,
} from '../sync/awareness-codec';
import { encodeAwareness, ProtocolError } from '../sync/protocol';
import type { RoomMember } from './member';
import type { FacilitatorLead } from './facilitator-lead';
import { PresenceBatch } from './presence-batch';

/**
 * A state that says nothing new is relayed again only this long after the last time (as a renewal: every client
 * drops a state it has not heard of for 30 s). Besides saving the bandwidth of cursors that did not move, it keeps a
 * facilitator's state quiet while only its lead changes, so the relay's lead updates do not point at its cursor.
 */
const RENEWAL_MS = 5_000;

/**
 * Everyone's presence on one board (cursors, names, selections): relayed, never stored. The relay checks the shape
 * of every state (`sanitizePresence`) and relays each client's state under an alias of its own choosing, never the
 * client's Yjs client id: that id is also on every edit the client makes, so an anonymous board would otherwise let
 * anyone match a cursor to the notes and dots it wrote. Each connection controls only its own aliases, so nobody can
 * overwrite or remove someone else's presence, and nobody gets their own state echoed back.
 */
export class Presence {
  readonly awareness: awarenessProtocol.Awareness;
  /** Alias → the connection whose state it is. */
  private readonly owners = new Map<number, RoomMember>();
  /** RoomMember → (its client id → the alias it is relayed under). */
  private readonly aliases = new Map<RoomMember, Map<number, number>>();
  private readonly batch: PresenceBatch;
  /** Alias → the state last relayed under it (as JSON) and when, to hold back states that say nothing new. */
  private readonly relayed = new Map<number, { json: string; at: number }>();
  /** Everyone's presence as one message for joiners, until it changes (null: not encoded since). */
  private everyone: Uint8Array | null = null;

  constructor(
    doc: Y.Doc,
    private readonly receivers: () => Iterable<RoomMember>,
    private readonly maxStateBytes: number,
    /** Whether the board is anonymous now: its presence carries no name, id or selection. */
    private readonly anonymous: () => boolean,
    /** Where a facilitator's `lead` goes instead of being relayed with its state. */
    private readonly lead: FacilitatorLead,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The relay publishes presence of its own only for the secrecy counts and the lead (setRelayState).
    this.awareness.setLocalState(null);
    this.batch = new PresenceBatch(this.broadcast);
    this.awareness.on('update', this.onUpdate);
  }

  /** Sends everyone's presence to a connection that just joined. */
  welcome(connection: RoomMember): void {
    this.sendAll(connection);
  }

  /** Applies a connection's awareness update: well-formed states of its own, under its aliases. */
  receive(connection: RoomMember, update: Uint8Array): void {
    const userId = connection.userId;
    // A projector publishes no presence.
    if (userId === null) return;
    const anonymous = this.anonymous();
    const allowed: AwarenessEntry[] = [];
    for (const entry of decodeAwareness(update, this.maxStateBytes)) {
      // The stock client sends every state it hears back: an alias is never a client of the sender's own.
      if (this.owners.has(entry.clientId) || entry.clientId === this.awareness.clientID) continue;
      const alias = this.aliasOf(connection, entry.clientId, entry.state !== null);
      if (alias === null) continue;
      // Taken out here, republished (if it is a facilitator's) as the relay's own; never relayed with the state.
      this.lead.receive(connection, entry.clientId, entry.state);
      if (entry.state === null) {
        this.relayed.delete(alias);
        allowed.push({ ...entry, clientId: alias });
        continue;
      }
      const state = sanitizePresence(entry.state, { userId, anonymous });
      if (state !== null && this.saysSomethingNew(alias, state)) {
        allowed.push({ clientId: alias, clock: entry.clock, state });
      }
    }
    if (allowed.length === 0) return;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(allowed), connection);
    } catch {
      throw new ProtocolError('awareness update is malformed');
    }
  }

  /** Answers a query with everyone's presence but the asker's own. */
  query(connection: RoomMember): void {
    this.sendAll(connection);
  }

  /** Removes the presence a connection announced. */
  leave(connection: RoomMember): void {
    this.lead.leave(connection);
    const mine = this.aliases.get(connection);
    this.aliases.delete(connection);
    if (!mine || mine.size === 0) return;
    const gone = [...mine.values()];
    for (const alias of gone) {
      this.owners.delete(alias);
      this.relayed.delete(alias);
    }
    awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
  }

  /** Drops every client's presence (it comes back, reshaped, with each client's next renewal). */
  forgetAll(): void {
    const gone = [...this.owners.keys()];
    this.owners.clear();
    this.aliases.clear();
    this.relayed.clear();
    if (gone.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
  }

  /** The relay's own presence state (the secrecy counts and the lead, see `RelayState`), or null for none. */
  setRelayState(state: Record<string, unknown> | null): void {
    this.awareness.setLocalState(state);
  }

  destroy(): void {
    this.batch.cancel();
    this.awareness.destroy();
  }

  /**
   * The alias a connection's client id is relayed under, made on first sight of a state (null: nothing to remove).
   * Random, so it says nothing about the client id or the connection.
   */
  private aliasOf(connection: RoomMember, clientId: number, create: boolean): number | null {
    let mine = this.aliases.get(connection);
    const known = mine?.get(clientId);
    if (known !== undefined || !create) return known ?? null;
    let alias: number;
    do alias = randomInt(1, 2 ** 31);
    while (this.owners.has(alias) || alias === this.awareness.clientID || this.isClientOfAnyone(alias));
    if (!mine) this.aliases.set(connection, (mine = new Map()));
    mine.set(clientId, alias);
    this.owners.set(alias, connection);
    return alias;
  }

  /** Whether `state` differs from what was last relayed under `alias`, or that was long enough ago to renew it. */
  private saysSomethingNew(alias: number, state: unknown): boolean {
    const json = JSON.stringify(state);
    const now = Date.now();
    const last = this.relayed.get(alias);
    if (last && last.json === json && now - last.at < RENEWAL_MS) return false;
    this.relayed.set(alias, { json, at: now });
    return true;
  }

  /** Whether some connection uses `clientId` as its own (so an alias equal to it would be mistaken for an echo). */
  private isClientOfAnyone(clientId: number): boolean {
    for (const mine of this.aliases.values()) if (mine.has(clientId)) return true;
    return false;
  }

  private sendAll(connection: RoomMember): void {
    const mine = new Set(this.aliases.get(connection)?.values() ?? []);
    if (mine.size === 0) {
      // A joiner (it has announced nothing yet): everyone's presence, encoded once until it next changes, so a
      // plenary reconnecting after a Wi-Fi drop does not encode two thousand states for each of two thousand joiners.
      this.everyone ??= this.encodeStates([...this.awareness.getStates().keys()]);
      if (this.everyone) connection.send(this.everyone);
      return;
    }
    const present = [...this.awareness.getStates().keys()].filter((alias) => !mine.has(alias));
    const message = this.encodeStates(present);
    if (message) connection.send(message);
  }

  /** An awareness message with the given states, or null when there are none. */
  private encodeStates(aliases: number[]): Uint8Array | null {
    if (aliases.length === 0) return null;
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, aliases));
  }

  private readonly onUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    this.everyone = null;
    const sender = this.aliases.has(origin as RoomMember) ? (origin as RoomMember) : null;
    this.batch.add([...added, ...updated, ...removed], sender);
  };

  /** Sends a batch of changes to everyone, leaving out of each sender's message the states that are its own. */
  private readonly broadcast = (aliases: number[], senders: ReadonlySet<RoomMember>): void => {
    // Each state encoded once (as y-protocols' encodeAwarenessUpdate would: a removed one as null), then joined into
    // the message for everyone and the ones for each sender.
    const { meta, states } = this.awareness;
    const messages = new AwarenessMessages(
      aliases.map((alias) => encodeAwarenessEntry(alias, meta.get(alias)?.clock ?? 0, states.get(alias) ?? null)),
    );
    const ownEntries = new Map<RoomMember, number[]>();
    aliases.forEach((alias, i) => {
      const owner = this.owners.get(alias);
      if (owner === undefined || !senders.has(owner)) return;
      const own = ownEntries.get(owner);
      if (own) own.push(i);
      else ownEntries.set(owner, [i]);
    });
    for (const receiver of this.receivers()) {
      const own = ownEntries.get(receiver);
      if (!own) {
        receiver.send(messages.all);
        continue;
      }
      const others = messages.without(own);
      if (others) receiver.send(others, { once: true });
    }
  };
}
