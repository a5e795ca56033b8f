import type { Browser, Page } from 'playwright-core';
import { CpuProfiler, type HotFunction } from './cpu-profile';
import { readFirstFrame, startFrameRecorder, stopFrameRecorder, watchFirstFullFrame } from './page-probes';
import { summarize, type Summary } from './stats';
import { canvasCenter, nextFrames } from '../../e2e/support/board-ui';

const VIEWPORT = { width: 1280, height: 800 } as const;

export interface FirstFrame {
  /** From navigation start (the page's time origin) to the frame that shows every note and dot. */
  firstFullFrameMs: number;
  /** From navigation start until the last note and dot reached React (the outline list). */
  dataCompleteMs: number;
}

export interface PhaseResult {
  name: string;
  frames: Summary;
  hot: HotFunction[] | null;
}

interface Phase {
  name: string;
  /** Brings the board to the phase's starting state (not measured). */
  prepare: (page: Page) => Promise<void>;
  /** The interaction measured, for about `durationMs`. */
  act: (page: Page, durationMs: number) => Promise<void>;
}

/**
 * Drags the background in a slow circle with many small mouse moves (a projector pans from anywhere). Each move
 * waits for the page to take the input, as a real mouse's events queue behind a busy main thread.
 */
async function dragInCircles(page: Page, durationMs: number): Promise<void> {
  const center = await canvasCenter(page);
  await page.mouse.move(center.x, center.y);
  await page.mouse.down();
  const started = Date.now();
  for (let step = 0; Date.now() - started < durationMs; step++) {
    const angle = step / 40;
    await page.mouse.move(center.x + 150 * Math.sin(angle), center.y + 100 * Math.sin(2 * angle));
  }
  await page.mouse.up();
}

/** Ctrl+wheel (a pinch on a trackpad) in steps of ~18 %, zooming out to the minimum and back in, repeatedly. */
async function pinchInAndOut(page: Page, durationMs: number): Promise<void> {
  const center = await canvasCenter(page);
  await page.mouse.move(center.x, center.y);
  await page.keyboard.down('Control');
  const started = Date.now();
  // 12 steps of exp(±0.2) span 100 % ↔ 10 % (the minimum).
  for (let step = 0; Date.now() - started < durationMs; step++) {
    const zoomingOut = Math.floor(step / 12) % 2 === 0;
    await page.mouse.wheel(0, zoomingOut ? 20 : -20);
    await page.waitForTimeout(16);
  }
  await page.keyboard.up('Control');
}

// The projector screen has no buttons to click: it is steered with its keys (0: 100 %, !: fit, H: heatmap).
const atFullSize = async (page: Page) => {
  await page.keyboard.press('0');
};
const fitAll = async (page: Page) => {
  await page.keyboard.press('!');
};
const heatmapLayer = (page: Page) => page.locator('[data-testid="board-canvas"] canvas[data-layer="heatmap"]');
const withHeatmap = async (page: Page) => {
  await fitAll(page);
  if ((await heatmapLayer(page).count()) === 0) await page.keyboard.press('h');
  await heatmapLayer(page).waitFor({ state: 'attached' });
};

const PHASES: readonly Phase[] = [
  { name: 'pan at 100 % (drag)', prepare: atFullSize, act: dragInCircles },
  { name: 'zoom 100 % ↔ 10 % (ctrl+wheel)', prepare: atFullSize, act: pinchInAndOut },
  { name: 'pan, fit to content: all notes in view', prepare: fitAll, act: dragInCircles },
  { name: 'pan, all notes in view, heatmap on', prepare: withHeatmap, act: dragInCircles },
  { name: 'zoom 100 % ↔ 10 %, heatmap on', prepare: atFullSize, act: pinchInAndOut },
];

/**
 * Opens the projector link (read-only: no name dialog, pans from anywhere, shows the heatmap toggle, like the
 * screen a facilitator projects), waits for the first full frame, then measures each phase's frame times.
 */
export async function measureCanvas(
  browser: Browser,
  url: string,
  {
    notes,
    dotsOnNotes,
    phaseMs,
    profile,
    log,
  }: { notes: number; dotsOnNotes: number; phaseMs: number; profile: boolean; log: (line: string) => void },
): Promise<{ first: FirstFrame; wallToFirstFrameMs: number; phases: PhaseResult[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    // tsx (esbuild) wraps local functions in a `__name(...)` helper; the probes run in the page, which lacks it.
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await page.addInitScript(watchFirstFullFrame, { notes, dotsOnNotes });
    const wallStart = Date.now();
    await page.goto(url);
    await page.waitForFunction(readFirstFrame, undefined, { timeout: 120_000, polling: 100 });
    const wallToFirstFrameMs = Date.now() - wallStart;
    const first = (await page.evaluate(readFirstFrame))!;
    const firstFrame = { firstFullFrameMs: first.firstFullFrame, dataCompleteMs: first.dataComplete };
    log(`first full frame after ${firstFrame.firstFullFrameMs.toFixed(0)} ms`);

    const profiler = profile ? await CpuProfiler.attach(page) : null;
    const phases: PhaseResult[] = [];
    for (const phase of PHASES) {
      await phase.prepare(page);
      // Lets a click's redraw finish before measuring starts.
      await nextFrames(page, 10);
      await page.evaluate(startFrameRecorder);
      await profiler?.start();
      await phase.act(page, phaseMs);
      const hot = (await profiler?.stop()) ?? null;
      const deltas = await page.evaluate(stopFrameRecorder);
      const frames = summarize(deltas);
      log(
        `${phase.name}: median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms (${frames.count} frames)`,
      );
      phases.push({ name: phase.name, frames, hot });
    }
    return { first: firstFrame, wallToFirstFrameMs, phases };
  } finally {
    await context.close();
  }
}
