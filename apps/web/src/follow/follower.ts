import type { Lead, Rect } from '@notevote/board';
import type { UiActions, UiState, UiStore, Viewport } from '../state/ui-store';
import { sameRect, tweenViewport, viewportShowing } from './lead-view';

/** Calls `callback` on the next animation frame with its timestamp (ms); returns a function that cancels it. */
export type FrameScheduler = (callback: (now: number) => void) => () => void;

const browserFrames: FrameScheduler = (callback) => {
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
};

/** Whether the person asked their system for less motion: the view then jumps instead of gliding. */
const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How long the view takes to glide to the facilitator's (long enough to see where it went, short enough to keep up). */
export const FOLLOW_MS = 350;

interface Animation {
  from: Viewport;
  view: Rect;
  start: number | null;
  cancel: () => void;
}

/**
 * Moves a participant's or the projector's view to the facilitator's (the relay's `lead`): continuously while
 * following, once for each "Bring everyone to me" (a summon made before this screen first saw the lead moves
 * nobody). Any pan or zoom this follower did not make itself is the person taking the view: it stops the glide and,
 * while following, steps out ('stepped-out': they are offered to follow again). Plain code over the UI store, no
 * React, so it can be tested frame by frame.
 */
export class Follower {
  private lead: Lead | null = null;
  /** The summon count last seen; null until the first lead (the baseline: earlier summons are not for us). */
  private seenSummon: number | null = null;
  /** The viewport this follower set last: any other change of the viewport is the person's own. */
  private ownViewport: Viewport | null = null;
  private animation: Animation | null = null;
  /** The view followed last, so a lead that repeats it (a renewal) does not restart the glide. */
  private target: Rect | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly ui: UiStore,
    private readonly options: {
      onSummoned?: () => void;
      frames?: FrameScheduler;
      /** Default: the system's `prefers-reduced-motion`. */
      reducedMotion?: () => boolean;
    } = {},
  ) {
    this.unsubscribe = ui.subscribe(this.onUi);
  }

  /** The relay's lead, whenever it is read (null: no facilitator shares a view now; the view stays where it is). */
  setLead(lead: Lead | null): void {
    this.lead = lead;
    if (!lead) return;
    // Only a count going up is a summon: one going down means the relay started counting again (it restarted).
    const summoned = this.seenSummon !== null && lead.summon > this.seenSummon;
    this.seenSummon = lead.summon;
    const following = this.ui.getState().follow === 'on';
    if (summoned || (following && !sameRect(lead.view, this.target))) this.glideTo(lead.view);
    if (summoned && !following) this.options.onSummoned?.();
  }

  /** Sets the view without stepping out (the projector's first view, before any facilitator shares theirs). */
  place(viewport: Viewport): void {
    this.stopGlide();
    this.set(viewport);
  }

  destroy(): void {
    this.stopGlide();
    this.unsubscribe();
  }

  private readonly onUi = (state: UiState & UiActions, previous: UiState): void => {
    if (state.viewport !== previous.viewport && state.viewport !== this.ownViewport) {
      // The person moved the view: it is theirs now.
      this.stopGlide();
      if (state.follow === 'on') state.setFollow('stepped-out');
      return;
    }
    if (state.follow === 'on' && previous.follow !== 'on' && this.lead) {
      this.glideTo(this.lead.view);
    } else if (state.canvasSize !== previous.canvasSize && state.follow === 'on' && this.lead && !this.animation) {
      // The window or the layout changed: still show all of the facilitator's view, at once.
      this.target = this.lead.view;
      this.set(viewportShowing(this.lead.view, state.canvasSize));
    }
  };

  private glideTo(view: Rect): void {
    this.stopGlide();
    this.target = view;
    const { canvasSize } = this.ui.getState();
    if ((this.options.reducedMotion ?? prefersReducedMotion)() && canvasSize.width > 0 && canvasSize.height > 0) {
      this.set(viewportShowing(view, canvasSize));
      return;
    }
    const animation: Animation = { from: this.ui.getState().viewport, view, start: null, cancel: () => undefined };
    this.animation = animation;
    const frames = this.options.frames ?? browserFrames;
    const step = (now: number) => {
      if (this.animation !== animation) return;
      const { canvasSize } = this.ui.getState();
      // Nothing to fit into yet: the canvas-size change will place the view.
      if (canvasSize.width <= 0 || canvasSize.height <= 0) {
        this.animation = null;
        return;
      }
      animation.start ??= now;
      const progress = (now - animation.start) / FOLLOW_MS;
      this.set(tweenViewport(animation.from, viewportShowing(view, canvasSize), canvasSize, progress));
      if (progress >= 1) this.animation = null;
      else animation.cancel = frames(step);
    };
    animation.cancel = frames(step);
  }

  private stopGlide(): void {
    this.animation?.cancel();
    this.animation = null;
  }

  private set(viewport: Viewport): void {
    this.ownViewport = viewport;
    this.ui.getState().setViewport(viewport);
  }
}
