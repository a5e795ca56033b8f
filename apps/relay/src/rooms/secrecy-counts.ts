import { readSession, relayPresence, summarizePending, type UserId } from '@notevote/board';
import type { PrivateDocs } from './private-docs';
import type { Reveal } from './reveal';
import type { SyncedDoc } from './synced-doc';

/**
 * The counts everyone sees while writing is silent or voting secret ("9 of 12 have voted"), published as the relay's
 * own presence state: derived from the private documents, never stored, and debounced so a burst of joins or notes
 * costs one presence update. Counts are withheld while fewer than three people take part (see `relayPresence`).
 */
export class SecrecyCounts {
  /** Participant connections on the board per user id: the "of 12" in "9 of 12 have voted". */
  private readonly participantsOnline = new Map<UserId, number>();
  private timer: NodeJS.Timeout | null = null;
  private published = 'null';
  private stopped = false;

  constructor(
    private readonly board: SyncedDoc,
    private readonly privates: PrivateDocs,
    private readonly reveal: Reveal,
    private readonly publish: (state: Record<string, unknown> | null) => void,
    private readonly delayMs: number,
  ) {}

  participantJoined(userId: UserId): void {
    this.participantsOnline.set(userId, (this.participantsOnline.get(userId) ?? 0) + 1);
    this.soon();
  }

  participantLeft(userId: UserId): void {
    const left = (this.participantsOnline.get(userId) ?? 1) - 1;
    if (left > 0) this.participantsOnline.set(userId, left);
    else this.participantsOnline.delete(userId);
    this.soon();
  }

  /** Publishes the counts after a short delay, so a burst of changes costs one presence update. */
  soon(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.now();
    }, this.delayMs);
    this.timer.unref();
  }

  /** Nothing at all while there is no secrecy. */
  private now(): void {
    const session = readSession(this.board.doc);
    const stillPrivate = [...this.privates.allPending()]
      .filter(([owner]) => !this.reveal.isRevealing(owner))
      .map(([, pending]) => pending);
    const summary = summarizePending(stillPrivate, this.participantsOnline.size);
    const active = session.silentWriting || session.secretVoting || summary.notes > 0 || summary.dots > 0;
    const state = active ? relayPresence(summary) : null;
    const encoded = JSON.stringify(state);
    if (encoded === this.published) return;
    this.published = encoded;
    this.publish(state);
  }

  /** Publishes nothing more (the room is unloading, or its board was erased). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
