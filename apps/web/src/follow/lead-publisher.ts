import type { Lead } from '@notevote/board';
import type { UiState, UiStore } from '../state/ui-store';
import { leadViewOf } from './lead-view';

/** At most ten updates a second while the facilitator pans: followers glide between them. */
export const LEAD_INTERVAL_MS = 100;

/**
 * Publishes what the facilitator sees (`lead`: the board rectangle of their view and their summon count) for
 * everyone who follows them: only when it changed, at most every LEAD_INTERVAL_MS while the view moves (the last
 * position always goes out), and a summon at once.
 */
export class LeadPublisher {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private sent: string | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly ui: UiStore,
    private readonly publish: (lead: Lead) => void,
  ) {
    this.unsubscribe = ui.subscribe(this.onUi);
    this.now();
  }

  destroy(): void {
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly onUi = (state: UiState, previous: UiState): void => {
    if (state.summons !== previous.summons) this.now();
    else if (state.viewport !== previous.viewport || state.canvasSize !== previous.canvasSize) this.soon();
  };

  /** Publishes now if nothing went out in the last interval, else once it is over. */
  private soon(): void {
    if (this.timer) {
      this.dirty = true;
      return;
    }
    this.now();
  }

  private now(): void {
    this.dirty = false;
    const { viewport, canvasSize, summons } = this.ui.getState();
    const view = leadViewOf(viewport, canvasSize);
    if (!view) return;
    const lead: Lead = { view, summon: summons };
    const encoded = JSON.stringify(lead);
    if (encoded === this.sent) return;
    this.sent = encoded;
    this.publish(lead);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.dirty) this.now();
    }, LEAD_INTERVAL_MS);
  }
}
