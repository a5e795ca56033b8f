import { mergeRelayPresence } from '@notevote/board';

/** The parts of the relay's own presence state, each published by one job of the room. */
export type RelayStatePart = 'secrecy' | 'lead';

/**
 * The relay's own presence state (`{ relay: { … } }`), assembled from its parts: the secrecy counts and the
 * facilitator's lead. Each part sets only its own fields, so a new count never clobbers the lead nor the reverse;
 * the state is published only when it changed.
 */
export class RelayState {
  private readonly parts = new Map<RelayStatePart, Record<string, unknown> | null>();
  private published = 'null';

  constructor(private readonly publish: (state: Record<string, unknown> | null) => void) {}

  /** Sets one part (`{ relay: { … } }`, or null for nothing) and publishes the whole state if it changed. */
  set(part: RelayStatePart, state: Record<string, unknown> | null): void {
    this.parts.set(part, state);
    const merged = mergeRelayPresence(this.parts.values());
    const encoded = JSON.stringify(merged);
    if (encoded === this.published) return;
    this.published = encoded;
    this.publish(merged);
  }
}
