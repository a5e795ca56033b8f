import { expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Participant } from './board-page';

/**
 * Helpers that drive the board UI through its accessible contract (roles, labels, test ids), never through the app's
 * internals, so the tests read like what a person does and survive refactors of the components behind them.
 */

/** Every board test uses the same window size, so screen positions are comparable between participants. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** A phone held upright (an iPhone 14's CSS size and pixel ratio): a touch screen, mobile viewport rules. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

export type Device = 'desktop' | 'phone';

/**
 * A new browser context (separate storage: another person on another device) at the standard viewport, or on a
 * phone (`device: 'phone'`).
 */
export async function openParticipant(
  browser: Browser,
  { device = 'desktop' }: { device?: Device } = {},
): Promise<Participant> {
  const context: BrowserContext = await browser.newContext(device === 'phone' ? PHONE : { viewport: VIEWPORT });
  const page = await context.newPage();
  return { context, page };
}

/** The status badge; its text contains "Connected", "Offline" or "Reconnecting". */
export function connectionStatus(page: Page): Locator {
  return page.getByTestId('connection-status');
}

/** Waits until the badge says "Connected". */
export async function waitConnected(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      () =>
        connectionStatus(page)
          .textContent()
          .catch(() => null),
      { timeout, interval: 50 },
    )
    .toContain('Connected');
}

/** Answers the first-visit name dialog and waits for it to close. */
export async function join(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Your name as others will see it' }).fill(name);
  await dialog.getByRole('button', { name: 'Join the board' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 5_000 }).catch(async () => {
    // Hidden is as good as gone.
    await dialog.waitFor({ state: 'hidden', timeout: 1_000 });
  });
}

/** On a board page that asks for a name: joins under `name` and waits until connected and the canvas is up. */
export async function enterBoard(page: Page, name: string): Promise<void> {
  await join(page, name);
  await waitConnected(page);
  await page.getByTestId('board-canvas').locator('canvas').first().waitFor({ state: 'attached', timeout: 10_000 });
}

/** Opens a board URL, joins under `name` and waits until connected and the canvas is up. */
export async function openBoard(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await enterBoard(page, name);
}

/** The list in the notes list (region "Notes"), in the page whether the list is open or visually hidden. */
export function noteList(page: Page): Locator {
  return page.getByRole('list', { name: 'Notes on this board' });
}

/**
 * Each note of the notes list as its summary reads: "<text> — <n> votes" while the counts are visible in this phase,
 * "<text>" while they are secret, followed by " (private until revealed)" for a note nobody else sees yet.
 */
export async function noteItems(page: Page): Promise<string[]> {
  const items = await noteList(page).getByTestId('note-summary').allTextContents();
  return items.map((item) => item.replace(/\s+/g, ' ').trim());
}

/** How the notes list sums up one note: with its count when given (counts visible), else its words alone. */
export function noteItem(text: string, votes?: number): string {
  return votes === undefined ? text : `${text} — ${votes} ${votes === 1 ? 'vote' : 'votes'}`;
}

export function toolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Tools' });
}

export function tool(page: Page, name: string): Locator {
  return toolbar(page).getByRole('button', { name, exact: true });
}

/** Picks a tool and checks that it reports itself pressed. */
export async function selectTool(page: Page, name: 'Select and move' | 'Vote' | 'Heat-map vote'): Promise<void> {
  const button = tool(page, name);
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 2_000 }).toBe('true');
}

/** The note editor's textarea. */
export function noteEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Note text' });
}

/**
 * "Add note" then types `text` into the editor it opens (which must be focused), optionally finishing with Escape.
 * Returns when the typed text has been entered (and the editor closed, if `finish`).
 */
export async function addNote(page: Page, text: string, { finish = true, delay = 0 } = {}): Promise<void> {
  await tool(page, 'Add note').click();
  const editor = noteEditor(page);
  await editor.waitFor({ state: 'visible', timeout: 5_000 });
  await expect.poll(() => editor.evaluate((el) => el === document.activeElement), { timeout: 2_000 }).toBe(true);
  // Real key presses, as a person types: each one is an edit the others should see.
  if (text) await page.keyboard.type(text, { delay });
  if (finish) await finishEditing(page);
}

/** Escape closes the note editor. */
export async function finishEditing(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await noteEditor(page).waitFor({ state: 'detached', timeout: 5_000 });
}

/** The canvas container's box in page CSS px. */
export async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId('board-canvas').boundingBox();
  if (!box) throw new Error('board-canvas has no layout box');
  return box;
}

/** The centre of the canvas in page CSS px. */
export async function canvasCenter(page: Page): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The current zoom as a factor (from the "100%" label). */
export async function zoomFactor(page: Page): Promise<number> {
  const text = (await page.getByTestId('zoom-level').textContent()) ?? '';
  const match = /(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (!match?.[1]) throw new Error(`zoom-level shows "${text}", expected a percentage`);
  return Number(match[1]) / 100;
}

/** Clicks "Fit to content" and waits one frame for the stage to redraw. */
export async function fitToContent(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit to content', exact: true }).click();
  await nextFrames(page);
}

/** Lets the page render a couple of frames (Konva draws on requestAnimationFrame). */
export async function nextFrames(page: Page, frames = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/** Clicks a page point (CSS px) with a real mouse. */
export async function clickAt(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.click(point.x, point.y);
}

/** "3 of 5 votes left" → 3. */
export async function votesLeft(page: Page): Promise<string> {
  return ((await page.getByTestId('vote-budget').textContent()) ?? '').trim();
}

/** A CSS selector for one Konva layer's <canvas>. */
export function layerSelector(layer: 'notes' | 'clusters' | 'heatmap' | 'dots' | 'presence'): string {
  return `[data-testid="board-canvas"] canvas[data-layer="${layer}"]`;
}

export interface LayerStats {
  /** Pixels with alpha above the threshold. */
  count: number;
  /** Alpha-weighted centroid in page CSS px, or null when nothing is drawn. */
  centroid: { x: number; y: number } | null;
  /** Canvas backing-store px per CSS px (devicePixelRatio as Konva applied it). */
  ratio: number;
  /** The canvas element's box in page CSS px. */
  box: { x: number; y: number; width: number; height: number };
}

/** Reads a layer canvas back and summarises where it is painted (alpha > `minAlpha`). */
export async function layerStats(
  page: Page,
  layer: 'notes' | 'clusters' | 'heatmap' | 'dots' | 'presence',
  minAlpha = 8,
): Promise<LayerStats> {
  return page.evaluate(
    ({ selector, minAlpha }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      if (!canvas) throw new Error(`no ${selector}`);
      const rect = canvas.getBoundingClientRect();
      const ratio = canvas.width / rect.width;
      const context = canvas.getContext('2d');
      if (!context) throw new Error(`${selector} has no 2d context`);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      let sum = 0;
      let sx = 0;
      let sy = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const a = data[(y * width + x) * 4 + 3]!;
          if (a > minAlpha) {
            count++;
            sum += a;
            sx += a * (x + 0.5);
            sy += a * (y + 0.5);
          }
        }
      }
      return {
        count,
        centroid: sum > 0 ? { x: rect.left + sx / sum / ratio, y: rect.top + sy / sum / ratio } : null,
        ratio,
        box: { x: rect.left, y: rect.top, width: rect.width, height: rect.height },
      };
    },
    { selector: layerSelector(layer), minAlpha },
  );
}

/** The largest alpha inside a square of `radius` CSS px around a page point on a layer canvas. */
export async function layerAlphaAround(
  page: Page,
  layer: 'notes' | 'clusters' | 'heatmap' | 'dots' | 'presence',
  point: { x: number; y: number },
  radius = 2,
): Promise<number> {
  return page.evaluate(
    ({ selector, point, radius }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      if (!canvas) throw new Error(`no ${selector}`);
      const rect = canvas.getBoundingClientRect();
      const ratio = canvas.width / rect.width;
      const x0 = Math.max(0, Math.floor((point.x - rect.left - radius) * ratio));
      const y0 = Math.max(0, Math.floor((point.y - rect.top - radius) * ratio));
      const size = Math.max(1, Math.ceil(2 * radius * ratio));
      const w = Math.min(size, canvas.width - x0);
      const h = Math.min(size, canvas.height - y0);
      if (w <= 0 || h <= 0) return 0;
      const { data } = canvas.getContext('2d')!.getImageData(x0, y0, w, h);
      let max = 0;
      for (let i = 3; i < data.length; i += 4) max = Math.max(max, data[i]!);
      return max;
    },
    { selector: layerSelector(layer), point, radius },
  );
}

/** Turns on the heatmap toggle and waits for its layer canvas. */
export async function showHeatmap(page: Page): Promise<void> {
  const toggle = tool(page, 'Heatmap');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 2_000 }).toBe('true');
  await page.locator(layerSelector('heatmap')).waitFor({ state: 'attached', timeout: 5_000 });
  await nextFrames(page);
}

/** Pans the board with the mouse wheel over the canvas (screen px; positive dx moves the view right). */
export async function panBy(page: Page, dx: number, dy: number): Promise<void> {
  const center = await canvasCenter(page);
  await page.mouse.move(center.x, center.y);
  await page.mouse.wheel(dx, dy);
  await nextFrames(page);
}
