import type { MemberInlet } from './join-room';

/** Frames kept per member while the way to its room is being found. An honest client sends a handful first. */
const MAX_EARLY_FRAMES = 64;

/**
 * A member's inlet before its frames can go anywhere (its board is loading, or the instance holding it is being
 * looked up): frames are
 * kept, in order and bounded, and handed over once `resolve` names the real inlet. `overflow` is called (once) when a
 * client sends more than an honest one would before hearing back.
 */
export class DeferredInlet implements MemberInlet {
  private target: MemberInlet | null = null;
  private readonly early: Uint8Array[] = [];
  private left = false;

  constructor(private readonly overflow: () => void) {}

  /** Whether the member left before its inlet was known (then `resolve` must not be called; undo what was set up). */
  get hasLeft(): boolean {
    return this.left;
  }

  resolve(target: MemberInlet): void {
    this.target = target;
    for (const frame of this.early.splice(0)) target.deliver(frame);
  }

  deliver(frame: Uint8Array): void {
    if (this.target) {
      this.target.deliver(frame);
      return;
    }
    if (this.early.length === MAX_EARLY_FRAMES) {
      this.early.length = 0;
      this.overflow();
      return;
    }
    this.early.push(frame);
  }

  leave(): void {
    if (this.left) return;
    this.left = true;
    this.early.length = 0;
    this.target?.leave();
  }
}
