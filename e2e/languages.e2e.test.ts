import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGUAGES, type LanguageCode } from '../apps/web/src/i18n/languages';
import { apiBoard } from './support/boards';
import { catalogText, localizedBrowser } from './support/locales';
import { VIEWPORT } from './support/board-ui';

const baseUrl = inject('baseUrl');
const { pageIn } = localizedBrowser();
const text = catalogText;

/** A browser locale for each language, as a person's browser would report it. */
const BROWSER_LOCALE: Record<LanguageCode, string> = {
  ar: 'ar-EG',
  zh: 'zh-CN',
  en: 'en-US',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
};

async function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

describe('the six UN languages', () => {
  for (const { code, dir } of LANGUAGES) {
    test(`a browser set to ${BROWSER_LOCALE[code]} gets the start page and a board in ${code}, ${dir}`, async () => {
      const page = await pageIn(BROWSER_LOCALE[code]);
      await page.goto(baseUrl);
      const create = page.getByRole('button', { name: text(code, 'landing.create'), exact: true });
      await create.waitFor({ timeout: 10_000 });
      expect(await documentLanguage(page)).toEqual({ lang: code, dir });
      expect(await page.getByLabel(text(code, 'landing.titleLabel'), { exact: true }).count()).toBe(1);

      // Anonymous: no name to ask, so the board (and its language menu) is all there is on the page.
      const links = await apiBoard(baseUrl, `Board in ${code}`, { anonymous: true });
      await page.goto(links.facilitator);
      const addNote = page
        .getByRole('toolbar', { name: text(code, 'toolbar.label') })
        .getByRole('button', { name: text(code, 'toolbar.addNote'), exact: true });
      await addNote.waitFor({ timeout: 10_000 });
      expect(await documentLanguage(page)).toEqual({ lang: code, dir });
      expect(await page.getByTestId('language-menu').inputValue()).toBe(code);
    });
  }

  test('the language menu switches at once, is remembered on the device, and the projector keeps its own', async () => {
    const page = await pageIn('en-US');
    const links = await apiBoard(baseUrl, 'Switching languages', { anonymous: true });
    await page.goto(links.facilitator);
    await page.getByRole('button', { name: 'Add note', exact: true }).waitFor({ timeout: 10_000 });

    await page.getByTestId('language-menu').selectOption('ar');
    await page.getByRole('button', { name: text('ar', 'toolbar.addNote'), exact: true }).waitFor({ timeout: 5_000 });
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    // Mirrored: the toolbar starts at the right edge of the screen.
    const toolbarBox = await page.getByRole('toolbar', { name: text('ar', 'toolbar.label') }).boundingBox();
    expect(toolbarBox && toolbarBox.x + toolbarBox.width).toBeGreaterThan(VIEWPORT.width / 2);

    await page.reload();
    await page.getByRole('button', { name: text('ar', 'toolbar.addNote'), exact: true }).waitFor({ timeout: 10_000 });
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    // The projector view, on the same device, starts from the browser's language and keeps a choice of its own.
    const projector = await page.context().newPage();
    await projector.goto(links.projector);
    await projector.getByTestId('projector-screen').waitFor({ timeout: 10_000 });
    expect(await documentLanguage(projector)).toEqual({ lang: 'en', dir: 'ltr' });
    await projector.mouse.move(200, 200);
    await projector.getByTestId('language-menu').selectOption('fr');
    await expect.poll(() => documentLanguage(projector)).toEqual({ lang: 'fr', dir: 'ltr' });
    await projector.reload();
    await expect.poll(() => documentLanguage(projector), { timeout: 10_000 }).toEqual({ lang: 'fr', dir: 'ltr' });

    await page.reload();
    await expect.poll(() => documentLanguage(page), { timeout: 10_000 }).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  test('a page in Arabic or Chinese is in that language from its first render, never English first', async () => {
    for (const code of ['ar', 'zh'] as const) {
      const page = await pageIn(BROWSER_LOCALE[code]);
      // Before any script of the page runs: note the language and the text of the first thing rendered.
      await page.addInitScript(() => {
        const seen = window as unknown as { firstRender?: { lang: string; text: string } };
        new MutationObserver((_records, observer) => {
          const text = document.getElementById('root')?.textContent ?? '';
          if (!text) return;
          seen.firstRender = { lang: document.documentElement.lang, text };
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true, characterData: true });
      });
      await page.goto(baseUrl);
      await page.getByRole('button', { name: text(code, 'landing.create'), exact: true }).waitFor({ timeout: 10_000 });
      const first = await page.evaluate(() => (window as unknown as { firstRender?: unknown }).firstRender);
      expect(first).toEqual({ lang: code, text: expect.stringContaining(text(code, 'landing.create')) });
    }
  });

  test('a language that cannot be fetched leaves the page as it was, says so, and loads when tried again', async () => {
    const page = await pageIn('en-US');
    // Each language but English is a chunk of its own: the connection drops just as Arabic is asked for.
    let offline = true;
    await page.route(/\/assets\/ar-[\w-]+\.js$/, (route) =>
      offline ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(baseUrl);
    const create = page.getByRole('button', { name: text('en', 'landing.create'), exact: true });
    await create.waitFor({ timeout: 10_000 });

    await page.getByTestId('language-menu').selectOption('ar');
    await page
      .getByRole('alert')
      .filter({ hasText: text('en', 'language.failed') })
      .waitFor({ timeout: 5_000 });
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.getByTestId('language-menu').inputValue()).toBe('en');
    expect(await create.isVisible()).toBe(true);

    offline = false;
    await page.getByTestId('language-menu').selectOption('ar');
    await page.getByRole('button', { name: text('ar', 'landing.create'), exact: true }).waitFor({ timeout: 5_000 });
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.getByTestId('language-failed').count()).toBe(0);
  });
});
