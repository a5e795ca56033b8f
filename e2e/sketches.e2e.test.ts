import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { contains, exifBlock, jpegMetadata } from '../apps/relay/src/images/test-fixtures';
import { saveScreenshot } from './support/artifacts';
import { peopleInChromium } from './support/people';
import { apiBoard } from './support/boards';
import {
  layerSelector,
  layerStats,
  nextFrames,
  noteItem,
  noteItems,
  noteList,
  openBoard,
  selectTool,
  tool,
} from './support/board-ui';

/**
 * Sketches: a participant on a phone photographs a paper drawing (the camera input, with a JPEG that carries GPS
 * and the device in its EXIF, as a phone writes it), describes it, and a participant at a desk sees it drawn upright,
 * fetches bytes with no metadata left, reads its description in the notes list, votes on it and drags it with the
 * dots on it.
 */

const baseUrl = inject('baseUrl');

const { participant } = peopleInChromium();

/** The stored picture: 240 × 160, red above, blue below. Orientation 6 shows it upright: blue left, red right. */
const PHOTO = { width: 240, height: 160 } as const;

/**
 * A JPEG as a phone camera writes it: pixels encoded by Chromium itself (Node has no encoder), then an EXIF block
 * with the orientation (6: the phone was held upright), the maker, the author and a GPS latitude, after the JFIF
 * header. Returns the file and the GPS bytes to look for.
 */
async function phonePhoto(page: Page): Promise<{ jpeg: Uint8Array; gps: Uint8Array }> {
  const pixels = await page.evaluate(async ({ width, height }) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#d00000';
    context.fillRect(0, 0, width, height / 2);
    context.fillStyle = '#0000d0';
    context.fillRect(0, height / 2, width, height / 2);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  }, PHOTO);
  const encoded = Uint8Array.from(pixels);
  // SOI, then (as Chromium writes it) the JFIF APP0 segment: the EXIF segment goes right after it, as cameras put it.
  expect([encoded[0], encoded[1], encoded[2], encoded[3]]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
  const afterJfif = 4 + ((encoded[4]! << 8) | encoded[5]!);
  const exif = exifBlock(6);
  const segment = jpegMetadata(exif).exif;
  const jpeg = new Uint8Array(encoded.length + segment.length);
  jpeg.set(encoded.subarray(0, afterJfif), 0);
  jpeg.set(segment, afterJfif);
  jpeg.set(encoded.subarray(afterJfif), afterJfif + segment.length);
  return { jpeg, gps: exif.gpsIfd };
}

/** Where a layer draws anything (alpha > 8), as a page rectangle. */
async function drawnBox(page: Page, layer: 'notes' | 'dots') {
  return page.evaluate((selector) => {
    const canvas = document.querySelector<HTMLCanvasElement>(selector)!;
    const rect = canvas.getBoundingClientRect();
    const ratio = canvas.width / rect.width;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (data[(y * width + x) * 4 + 3]! <= 8) continue;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
    if (left === Infinity) return null;
    return {
      x: rect.left + left / ratio,
      y: rect.top + top / ratio,
      width: (right - left + 1) / ratio,
      height: (bottom - top + 1) / ratio,
    };
  }, layerSelector(layer));
}

/** The colour a layer drew at a page point. */
async function colourAt(page: Page, point: { x: number; y: number }): Promise<{ r: number; g: number; b: number }> {
  return page.evaluate(
    ({ selector, point }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector)!;
      const rect = canvas.getBoundingClientRect();
      const ratio = canvas.width / rect.width;
      const [r, g, b] = canvas
        .getContext('2d')!
        .getImageData(Math.round((point.x - rect.left) * ratio), Math.round((point.y - rect.top) * ratio), 1, 1).data;
      return { r: r!, g: g!, b: b! };
    },
    { selector: layerSelector('notes'), point },
  );
}

test('a phone photographs a sketch; a desk sees it upright, with no metadata, described, and drags it with its dots', async () => {
  const links = await apiBoard(baseUrl, 'Sketches from the side event');
  const phone = await participant({ device: 'phone' });
  const desk = await participant();
  await openBoard(phone.page, links.participant, 'Pia on a phone');
  await openBoard(desk.page, links.participant, 'Dana at a desk');
  const { jpeg, gps } = await phonePhoto(desk.page);
  // What the phone is about to send does carry the metadata.
  expect(contains(jpeg, gps)).toBe(true);
  expect(contains(jpeg, 'Jane Doe')).toBe(true);

  // The desk will fetch the picture as soon as the sketch is in its view, and only once however it is drawn.
  const imageRequests: string[] = [];
  desk.page.on('request', (request) => {
    if (request.url().includes('/images/') && request.method() === 'GET') imageRequests.push(request.url());
  });
  // The page's response says what it got; its bytes are read on the way (Chromium does not hand a fetched image's
  // body to the inspector), passed through untouched.
  const bodies: Uint8Array[] = [];
  await desk.page.route('**/api/boards/*/images/*', async (route) => {
    const answer = await route.fetch();
    bodies.push(new Uint8Array(await answer.body()));
    await route.fulfill({ response: answer });
  });
  const fetched = desk.page.waitForResponse(
    (response) => response.url().includes('/images/') && response.request().method() === 'GET',
    { timeout: 20_000 },
  );

  // The phone: Menu → Take photo opens the camera (the file input with `capture`); the photo is what it returns.
  await phone.page.getByRole('button', { name: 'Menu', exact: true }).tap();
  const chooser = phone.page.waitForEvent('filechooser');
  await phone.page.getByRole('button', { name: 'Take photo', exact: true }).tap();
  const camera = await chooser;
  expect(await camera.element().getAttribute('capture')).toBe('environment');
  expect(await camera.element().getAttribute('accept')).toBe('image/*');
  await camera.setFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });

  // Uploaded, the sketch is made and its description asked for; until then the list calls it a sketch without one
  // and asks its author for one.
  const dialog = phone.page.getByRole('dialog', { name: 'Describe this sketch' });
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  await expect.poll(() => noteItems(phone.page)).toEqual([noteItem('Sketch without description', 0)]);
  await expect
    .poll(() => noteList(phone.page).getByTestId('note-item').textContent())
    .toContain('Please add a description so that everyone can follow.');
  await saveScreenshot(phone.page, 'sketches-phone-describe');
  await dialog.getByRole('textbox', { name: 'Description (alt text)' }).fill('Map of the three working groups');
  await dialog.getByRole('button', { name: 'Save description' }).tap();
  await dialog.waitFor({ state: 'detached' });

  // The desk fetched the stored bytes: a JPEG with every metadata segment gone, its orientation sent beside it.
  const response = await fetched;
  expect(response.status()).toBe(200);
  expect(response.headers()['notevote-image-orientation']).toBe('6');
  const [bytes] = bodies;
  if (!bytes) throw new Error('the picture’s bytes were not seen');
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  expect(contains(bytes, gps)).toBe(false);
  expect(contains(bytes, 'Exif\0\0')).toBe(false);
  expect(contains(bytes, 'Jane Doe')).toBe(false);
  expect(contains(bytes, 'PhoneCo')).toBe(false);

  // The author's description is what the desk's notes list (its screen reader) says.
  const described = 'Sketch: Map of the three working groups';
  await expect.poll(() => noteItems(desk.page)).toEqual([noteItem(described, 0)]);

  // Drawn as a picture, upright: the sketch's card is portrait (the photo was taken upright), the stored top
  // (red) on the right and the stored bottom (blue) on the left, as orientation 6 says.
  let card = await drawnBox(desk.page, 'notes');
  await expect
    .poll(
      async () => {
        card = await drawnBox(desk.page, 'notes');
        if (!card) return 'nothing drawn';
        const middle = card.y + card.height / 2;
        const left = await colourAt(desk.page, { x: card.x + card.width / 4, y: middle - card.height / 8 });
        const right = await colourAt(desk.page, { x: card.x + (3 * card.width) / 4, y: middle - card.height / 8 });
        return left.b > 150 && left.r < 80 && right.r > 150 && right.b < 80
          ? 'upright'
          : JSON.stringify({ left, right });
      },
      { timeout: 15_000 },
    )
    .toBe('upright');
  if (!card) throw new Error('the sketch is not drawn');
  expect(card.height).toBeGreaterThan(card.width);
  await saveScreenshot(desk.page, 'sketches-desk-drawn');

  // Dots on the sketch: one from the desk (Vote, a click on the picture's upper part), one from the phone (a tap on
  // its lower part). Both sit on the sketch, where they were placed.
  await selectTool(desk.page, 'Vote');
  await desk.page.mouse.click(card.x + card.width / 2, card.y + card.height / 4);
  const phoneCard = await drawnBox(phone.page, 'notes');
  if (!phoneCard) throw new Error('the phone does not draw the sketch');
  await phone.page.getByRole('navigation', { name: 'Board actions' }).getByRole('button', { name: 'Vote' }).tap();
  await phone.page.touchscreen.tap(phoneCard.x + phoneCard.width / 2, phoneCard.y + (3 * phoneCard.height) / 4);
  await expect.poll(() => noteItems(desk.page)).toEqual([noteItem(described, 2)]);
  await expect.poll(async () => (await drawnBox(desk.page, 'dots'))?.height ?? 0).toBeGreaterThan(card.height / 3);
  const dotsBefore = await layerStats(desk.page, 'dots');
  const heatBefore = await showHeatmapAndMeasure(desk.page);

  // The desk drags the sketch by (+180, +40): both dots, and the heat they make, move with it.
  await selectTool(desk.page, 'Select and move');
  const grab = { x: card.x + card.width / 2, y: card.y + card.height / 2 + 10 };
  await desk.page.mouse.move(grab.x, grab.y);
  await desk.page.mouse.down();
  for (let step = 1; step <= 10; step++) await desk.page.mouse.move(grab.x + 18 * step, grab.y + 4 * step);
  await desk.page.mouse.up();
  await nextFrames(desk.page, 3);
  await expect
    .poll(async () => {
      const moved = await drawnBox(desk.page, 'notes');
      return moved ? Math.round(moved.x - card!.x) : null;
    })
    .toBe(180);
  /** How far a layer's drawing moved since `before`, to the nearest `within` px. */
  const shift = async (layer: 'dots' | 'heatmap', before: { x: number; y: number } | null, within: number) => {
    const after = (await layerStats(desk.page, layer)).centroid;
    if (!after || !before) return null;
    return [Math.round((after.x - before.x) / within) * within, Math.round((after.y - before.y) / within) * within];
  };
  await expect.poll(() => shift('dots', dotsBefore.centroid, 1)).toEqual([180, 40]);
  await expect.poll(() => shift('heatmap', heatBefore, 10)).toEqual([180, 40]);
  // Still two votes on it, for everyone: the dots moved with the sketch, none was left behind.
  await expect.poll(() => noteItems(phone.page)).toEqual([noteItem(described, 2)]);
  // One fetch of the picture, however many times and sizes it was drawn.
  expect(imageRequests).toHaveLength(1);
  await saveScreenshot(desk.page, 'sketches-desk-dragged');
});

/** Turns the heatmap on and returns the centre of its heat. */
async function showHeatmapAndMeasure(page: Page): Promise<{ x: number; y: number }> {
  await tool(page, 'Heatmap').click();
  await page.locator(layerSelector('heatmap')).waitFor({ state: 'attached' });
  let centre: { x: number; y: number } | null = null;
  await expect
    .poll(async () => {
      centre = (await layerStats(page, 'heatmap')).centroid;
      return centre !== null;
    })
    .toBe(true);
  return centre!;
}

test('a file that is not a picture is refused with a message in the person’s words, and nothing is added', async () => {
  const links = await apiBoard(baseUrl, 'Sketches that fail');
  const desk = await participant();
  await openBoard(desk.page, links.participant, 'Dana at a desk');
  const chooser = desk.page.waitForEvent('filechooser');
  await tool(desk.page, 'Add sketch').click();
  const picker = await chooser;
  expect(await picker.element().getAttribute('accept')).toBe('image/png,image/jpeg,image/webp');
  // Named and typed as a PNG, but not one: only the relay, reading the bytes, can tell.
  await picker.setFiles({ name: 'agenda.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
  const failure = desk.page.getByTestId('sketch-upload-failed');
  await failure.waitFor({ state: 'visible', timeout: 15_000 });
  expect(await failure.textContent()).toContain('Could not add “agenda.png”: the file is not a picture.');
  expect(await noteItems(desk.page)).toEqual([]);
  await failure.getByRole('button', { name: 'Dismiss' }).click();
  await failure.waitFor({ state: 'detached' });
});

/** Makes a PNG of one colour in the page and hands it to the board as a paste, or as a drop at a page point. */
async function givePicture(page: Page, how: 'paste' | { drop: { x: number; y: number } }, colour: string) {
  await page.evaluate(
    async ({ how, colour }) => {
      const canvas = new OffscreenCanvas(300, 200);
      const context = canvas.getContext('2d')!;
      context.fillStyle = colour;
      context.fillRect(0, 0, 300, 200);
      const file = new File([await canvas.convertToBlob({ type: 'image/png' })], 'screenshot.png', {
        type: 'image/png',
      });
      const data = new DataTransfer();
      data.items.add(file);
      if (how === 'paste') {
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        return;
      }
      const board = document.querySelector('[data-testid="board-canvas"]')!;
      const at = { clientX: how.drop.x, clientY: how.drop.y, dataTransfer: data, bubbles: true, cancelable: true };
      board.dispatchEvent(new DragEvent('dragover', at));
      board.dispatchEvent(new DragEvent('drop', at));
    },
    { how, colour },
  );
}

/** How many device pixels of the notes layer are close to an RGB colour. */
async function pixelsOf(page: Page, [r, g, b]: readonly [number, number, number]): Promise<number> {
  return page.evaluate(
    ({ selector, r, g, b }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector)!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 40) count++;
      }
      return count;
    },
    { selector: layerSelector('notes'), r, g, b },
  );
}

test('pasted and dropped pictures become sketches, private during silent writing, and stay pictures zoomed out', async () => {
  const links = await apiBoard(baseUrl, 'Sketches in silence');
  const facilitator = await participant();
  const writer = await participant();
  await openBoard(facilitator.page, links.facilitator, 'Facilitator');
  await facilitator.page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  await facilitator.page.getByLabel('Silent writing', { exact: true }).check();
  await openBoard(writer.page, links.participant, 'Amina');
  const page = writer.page;
  await expect.poll(() => page.getByTestId('secrecy-writing').count(), { timeout: 5_000 }).toBe(1);

  // Ctrl+V of a screenshot: a sketch at the centre of the view, its description asked for (skipped here).
  await givePicture(page, 'paste', '#00c000');
  const dialog = page.getByRole('dialog', { name: 'Describe this sketch' });
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  await dialog.getByRole('button', { name: 'Skip for now' }).click();
  await dialog.waitFor({ state: 'detached' });

  // A file dropped on the board: a sketch centred where it was dropped.
  const box = await page.getByTestId('board-canvas').boundingBox();
  if (!box) throw new Error('the board has no layout box');
  const drop = { x: Math.round(box.x + 180), y: Math.round(box.y + 150) };
  await givePicture(page, { drop }, '#c000c0');
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(async () => {
      const { r, g, b } = await colourAt(page, drop);
      return r > 150 && b > 150 && g < 80;
    })
    .toBe(true);

  // Both went to the writer's private document, like notes: nobody else sees them until the reveal.
  const unnamedPrivate = `${noteItem('Sketch without description', 0)} (private until revealed)`;
  await expect.poll(() => noteItems(page)).toEqual([unnamedPrivate, unnamedPrivate]);
  expect(await page.getByTestId('board-canvas').getAttribute('data-private-notes')).toBe('2');
  expect(await noteItems(facilitator.page)).toEqual([]);

  // Revealed, they are sketches on everyone's board, still waiting for a description.
  await facilitator.page.getByLabel('Silent writing', { exact: true }).uncheck();
  const unnamed = noteItem('Sketch without description', 0);
  await expect.poll(() => noteItems(facilitator.page), { timeout: 10_000 }).toEqual([unnamed, unnamed]);
  await expect.poll(() => noteItems(page)).toEqual([unnamed, unnamed]);

  // Zoomed out past full detail, sketches are painted by the batch: still their pictures, not placeholders.
  const canvas = page.getByTestId('board-canvas');
  await canvas.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('-');
  await nextFrames(page, 3);
  await expect.poll(() => pixelsOf(page, [0, 192, 0]), { timeout: 10_000 }).toBeGreaterThan(500);
  await expect.poll(() => pixelsOf(page, [192, 0, 192]), { timeout: 10_000 }).toBeGreaterThan(500);
  await saveScreenshot(page, 'sketches-zoomed-out');
});
