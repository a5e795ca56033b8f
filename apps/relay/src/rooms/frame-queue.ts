/** How long frames may keep the event loop busy in one turn before the rest waits for the next turn. */
const TURN_BUDGET_MS = 5;

let turnOpen = false;
let turnStartedAt = 0;

/**
 * Time spent in the current event-loop turn, shared by every connection. `ws` delivers everything read from a socket
 * in one go, so a burst of frames (from one client or many) would otherwise hold the loop for as long as the whole
 * burst takes, delaying everyone else's messages, timers and pings.
 */
function turnElapsed(): number {
  if (!turnOpen) {
    turnOpen = true;
    turnStartedAt = performance.now();
    setImmediate(() => {
      turnOpen = false;
    });
  }
  return performance.now() - turnStartedAt;
}

/**
 * Handles a connection's frames in order, within the turn budget: frames beyond it wait for the next turn (order is
 * kept). A frame arriving when the loop is quiet is handled at once, so the common case adds no latency.
 */
export class FrameQueue {
  private frames: Uint8Array[] = [];
  private next = 0;
  private scheduled = false;

  constructor(
    private readonly handle: (frame: Uint8Array) => void,
    private readonly isOpen: () => boolean,
  ) {}

  /** Frames waiting to be handled. */
  get length(): number {
    return this.frames.length - this.next;
  }

  push(frame: Uint8Array): void {
    this.frames.push(frame);
    if (!this.scheduled) this.drain();
  }

  private readonly drain = (): void => {
    this.scheduled = false;
    while (this.next < this.frames.length) {
      if (!this.isOpen()) break;
      if (turnElapsed() > TURN_BUDGET_MS) {
        this.scheduled = true;
        setImmediate(this.drain);
        return;
      }
      const frame = this.frames[this.next]!;
      this.next++;
      this.handle(frame);
    }
    this.frames = [];
    this.next = 0;
  };
}
