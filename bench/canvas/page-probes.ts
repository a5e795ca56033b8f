/**
 * Functions that run inside the page (passed to page.evaluate / addInitScript), kept apart because they may use only
 * browser globals and their own arguments (no helpers from this module: each is serialised on its own).
 */

interface ProbeWindow {
  benchDataComplete?: number;
  benchFirstFullFrame?: number;
  benchFrames?: number[];
  benchRecording?: boolean;
}

/**
 * Installed before the app's scripts: every frame, checks the hidden note list (the accessible outline, rendered in
 * the same React commit as the canvas) for all notes and the full dot tally. The frame that first sees both is the
 * one in which Konva draws them (its batchDraw runs in that same frame); the next animation frame is after that
 * frame, so its timestamp is "first full frame", measured from navigation start.
 */
export function watchFirstFullFrame({ notes, dotsOnNotes }: { notes: number; dotsOnNotes: number }): void {
  const w = window as unknown as ProbeWindow;
  const voteCount = /(\d+) votes?\s*$/;
  const tick = () => {
    const list = document.querySelector('ul[aria-label="Notes on this board"]');
    if (list && list.children.length === notes) {
      let dots = 0;
      // Each item's summary line ("<text> — 4 votes") holds its count; the details under it (who is behind the
      // count, the cluster) are not part of it.
      for (const item of Array.from(list.children)) {
        const summary = item.querySelector('[data-testid="note-summary"]')?.textContent ?? '';
        dots += Number(voteCount.exec(summary)?.[1] ?? 0);
      }
      if (dots === dotsOnNotes) {
        w.benchDataComplete = performance.now();
        requestAnimationFrame((frame) => (w.benchFirstFullFrame = frame));
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Starts recording the time between consecutive animation frames. */
export function startFrameRecorder(): void {
  const w = window as unknown as ProbeWindow;
  w.benchFrames = [];
  w.benchRecording = true;
  let last: number | null = null;
  const loop = (now: number) => {
    if (last !== null) w.benchFrames!.push(now - last);
    last = now;
    if (w.benchRecording) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Stops the recorder and returns the frame deltas (ms). */
export function stopFrameRecorder(): number[] {
  const w = window as unknown as ProbeWindow;
  w.benchRecording = false;
  return w.benchFrames ?? [];
}

export function readFirstFrame(): { dataComplete: number; firstFullFrame: number } | null {
  const w = window as unknown as ProbeWindow;
  return w.benchFirstFullFrame === undefined
    ? null
    : { dataComplete: w.benchDataComplete!, firstFullFrame: w.benchFirstFullFrame };
}
