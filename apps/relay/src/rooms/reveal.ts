import type { FastifyBaseLogger } from 'fastify';
import {
  copyRevealed,
  dropRevealed,
  dueForReveal,
  readSession,
  readSettings,
  type Revealed,
  type RevealSource,
  type UserId,
} from '@notevote/board';
import type { PrivateDocs } from './private-docs';
import type { SyncedDoc } from './synced-doc';

/**
 * Keeps the secrecy invariant: private content exists only for a mode that is on (`dueForReveal`). Whatever a mode
 * that is off still holds (just turned off, or written offline before it was) is copied into the board in one
 * transaction, and removed from the private documents once that copy is stored. Copies keep their ids, so repeating
 * a reveal (after a crash between the two steps) adds nothing twice.
 */
export class Reveal {
  /** Owners whose reveal is being stored: neither revealed again nor counted as pending meanwhile. */
  private readonly revealing = new Set<UserId>();

  constructor(
    private readonly board: SyncedDoc,
    private readonly privates: PrivateDocs,
    private readonly log: FastifyBaseLogger,
    /** Called when what is pending changed (owners being revealed count as revealed). */
    private readonly onChange: () => void,
  ) {}

  /** Whether `owner`'s content is being revealed right now. */
  isRevealing(owner: UserId): boolean {
    return this.revealing.has(owner);
  }

  /** Reveals whatever is due. Cheap when nothing is. */
  due(): void {
    const kinds = dueForReveal(readSession(this.board.doc));
    if (!kinds.notes && !kinds.votes) return;
    const sources: RevealSource[] = [];
    for (const [owner, pending] of this.privates.allPending()) {
      const own = this.privates.get(owner);
      if (!own || this.revealing.has(owner)) continue;
      if ((kinds.notes && pending.notes > 0) || (kinds.votes && pending.dots > 0))
        sources.push({ own: own.doc, ownerId: owner });
    }
    if (sources.length === 0) return;
    const { anonymous } = readSettings(this.board.doc);
    let revealed = new Map<UserId, Revealed>();
    const stored = this.board.transactAsRelay(() => {
      revealed = copyRevealed(this.board.doc, sources, kinds, { anonymous });
    });
    for (const { ownerId } of sources) this.revealing.add(ownerId);
    this.onChange();
    this.log.info(
      { people: sources.length, notes: kinds.notes, votes: kinds.votes },
      'revealed private notes and dots',
    );
    stored.then(
      () => {
        for (const [owner, what] of revealed) {
          const own = this.privates.get(owner);
          // Dropping the copies updates what is pending (PrivateDocs recounts) before the owner is released.
          if (own) void own.transactAsRelay(() => dropRevealed(own.doc, owner, what)).catch(() => undefined);
          this.revealing.delete(owner);
        }
        this.onChange();
      },
      (error: unknown) => {
        // The private copies stay, so nothing is lost: released, they are revealed again by the next change.
        for (const { ownerId } of sources) this.revealing.delete(ownerId);
        this.onChange();
        this.log.error({ err: error }, 'could not store a reveal; the private copies are kept');
      },
    );
  }
}
