import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { apiBoard } from './support/boards';
import { catalogText, localizedBrowser } from './support/locales';

const baseUrl = inject('baseUrl');
const { pageIn } = localizedBrowser();
const text = catalogText;
/** Answers the first-visit name dialog (whatever the language: its one text box, then its submit button). */
async function join(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: 10_000 });
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('textbox').press('Enter');
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });
}

/** Checks the page and names the view in the failure, so a report says where the problem is. */
async function expectAccessible(page: Page, view: string): Promise<void> {
  expect({ view, violations: await seriousViolations(page) }).toEqual({ view, violations: [] });
}

describe.each([
  ['en', 'en-US'],
  ['ar', 'ar-EG'],
] as const)('no serious or critical WCAG violation (%s)', (code, locale) => {
  test('on the start page, a board with its join dialog, each panel (the notes list too), the shortcuts dialog and the projector', async () => {
    const page = await pageIn(locale);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: text(code, 'landing.create'), exact: true }).waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'start page');

    const links = await apiBoard(baseUrl, code === 'ar' ? 'سباق الاستراتيجية' : 'Strategy sprint');
    // A participant's first visit: the name dialog over the board.
    const participant = await pageIn(locale);
    await participant.goto(links.participant);
    const dialog = participant.getByRole('dialog');
    await dialog.waitFor({ timeout: 10_000 });
    await expectAccessible(participant, 'join dialog');
    await join(participant, code === 'ar' ? 'أمينة' : 'Amina');
    await expectAccessible(participant, 'board (participant)');

    await page.goto(links.facilitator);
    await join(page, code === 'ar' ? 'سليم' : 'Salim');
    const toolbar = page.getByRole('toolbar', { name: text(code, 'toolbar.label') });
    await toolbar.waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'board (facilitator)');
    for (const [panel, label] of [
      ['results', text(code, 'toolbar.results')],
      ['people', text(code, 'toolbar.people')],
      ['notes list', text(code, 'noteList.toggle')],
      ['facilitator', text(code, 'facilitator.open')],
    ] as const) {
      const toggle = page.getByRole('button', { name: label, exact: true });
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await expectAccessible(page, `${panel} panel`);
      await toggle.click();
    }
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor({ timeout: 5_000 });
    await expectAccessible(page, 'shortcuts dialog');
    await page.keyboard.press('Escape');

    const projector = await pageIn(locale);
    await projector.goto(links.projector);
    await projector.getByTestId('board-canvas').waitFor({ timeout: 10_000 });
    await projector.mouse.move(300, 300);
    await expectAccessible(projector, 'projector');
  });
});

describe.each([
  ['en', 'en-US'],
  ['ar', 'ar-EG'],
] as const)('usable at 320 px wide and at 200 %% zoom (%s)', (code, locale) => {
  test.each([
    ['320 px wide', { width: 320, height: 640 }],
    ['200 % zoom of a 1280 × 800 screen', { width: 640, height: 400 }],
  ] as const)('%s: nothing scrolls sideways, and adding a note and the menu are on screen', async (_, viewport) => {
    const page = await pageIn(locale);
    await page.setViewportSize(viewport);
    const links = await apiBoard(baseUrl, 'Narrow screen', { anonymous: true });
    await page.goto(links.participant);
    const actions = page.getByRole('navigation', { name: text(code, 'phone.actions') });
    const addNote = actions.getByRole('button', { name: text(code, 'toolbar.addNote'), exact: true });
    await addNote.waitFor({ timeout: 10_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const control of [addNote, page.getByRole('button', { name: text(code, 'phone.menu'), exact: true })]) {
      const box = await control.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    }
    await expectAccessible(page, `board at ${viewport.width} px`);
  });
});
