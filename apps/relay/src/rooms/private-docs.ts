import { parsePrivateDocName, pendingIn, privateDocName, type PendingContent, type UserId } from '@notevote/board';
import type { DocStore } from '../storage/types';
import type { RoomMember } from './member';
import { SyncedDoc, type SyncedDocOptions } from './synced-doc';

const NOTHING_PENDING: PendingContent = Object.freeze({ notes: 0, dots: 0 });

/**
 * The private documents of one board (`<boardId>/<userId>`: silent writing, secret voting), each synced only with its
 * owner's connections, and how much each holds that nobody else has seen (for the public counts and the reveal).
 */
export class PrivateDocs {
  private readonly docs = new Map<UserId, SyncedDoc>();
  private readonly pending = new Map<UserId, PendingContent>();

  constructor(
    private readonly boardId: string,
    private readonly options: SyncedDocOptions,
    /** Called after a private document changed (its owner wrote, or the relay revealed or dropped content). */
    private readonly onChange: (owner: UserId, pendingChanged: boolean) => void,
  ) {}

  /** Loads every private document the store has for this board. */
  async load(store: DocStore): Promise<void> {
    for (const name of await store.listDocs(`${this.boardId}/`)) {
      const owner = parsePrivateDocName(name)?.userId;
      if (owner !== undefined) this.adopt(owner, await SyncedDoc.load(name, this.optionsFor(owner)));
    }
  }

  /** `owner`'s private document, if it exists. */
  get(owner: UserId): SyncedDoc | undefined {
    return this.docs.get(owner);
  }

  /** `owner`'s private document, created empty on first use. */
  of(owner: UserId): SyncedDoc {
    const existing = this.docs.get(owner);
    if (existing) return existing;
    const created = SyncedDoc.empty(privateDocName(this.boardId, owner), this.optionsFor(owner));
    this.adopt(owner, created);
    return created;
  }

  /** Every private document with its owner. */
  entries(): IterableIterator<[UserId, SyncedDoc]> {
    return this.docs.entries();
  }

  /** What `owner`'s private document holds that nobody else has seen. */
  pendingOf(owner: UserId): PendingContent {
    return this.pending.get(owner) ?? NOTHING_PENDING;
  }

  /** Owners with their pending content. */
  allPending(): IterableIterator<[UserId, PendingContent]> {
    return this.pending.entries();
  }

  /** Everyone connected to a private document. */
  *connections(): IterableIterator<RoomMember> {
    for (const own of this.docs.values()) yield* own.connections;
  }

  get connectionCount(): number {
    let count = 0;
    for (const own of this.docs.values()) count += own.connections.size;
    return count;
  }

  /** Releases every document without writing anything more (the board was erased). */
  discard(): void {
    for (const own of this.docs.values()) own.discard();
  }

  /** Compacts what is worth it and releases every document. */
  async unload(): Promise<void> {
    await Promise.all([...this.docs.values()].map((own) => own.unload()));
  }

  private optionsFor(owner: UserId): SyncedDocOptions {
    return { ...this.options, onChange: () => this.recount(owner) };
  }

  private adopt(owner: UserId, own: SyncedDoc): void {
    this.docs.set(owner, own);
    this.pending.set(owner, pendingIn(own.doc, owner));
  }

  private recount(owner: UserId): void {
    const own = this.docs.get(owner);
    if (!own) return;
    const before = this.pendingOf(owner);
    const now = pendingIn(own.doc, owner);
    this.pending.set(owner, now);
    this.onChange(owner, now.notes !== before.notes || now.dots !== before.dots);
  }
}
