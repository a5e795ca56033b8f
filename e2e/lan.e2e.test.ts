import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import { apiBoard } from './support/boards';
import { readQr } from './support/qr';
import { peopleInChromium } from './support/people';
import { addNote, enterBoard, noteItem, noteItems, openBoard } from './support/board-ui';

/**
 * Served from a laptop on the venue Wi-Fi: phones reach the relay at http://<LAN address>:<port>, which is not a
 * secure context (no crypto.subtle, no navigator.clipboard). Chromium maps the name `notevote.test` to 127.0.0.1,
 * so pages load from an origin that is neither localhost nor https, exactly as on a phone on the LAN.
 */

const baseUrl = inject('baseUrl');
const port = new URL(baseUrl).port;
/** The relay as a phone on the LAN sees it: a plain-http origin that is not localhost. */
const lan = `http://notevote.test:${port}`;

const { participant } = peopleInChromium([`--host-resolver-rules=MAP notevote.test 127.0.0.1`]);

const CODE = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;
const tokenOf = (link: string) => /#k=(.+)$/.exec(link)?.[1] ?? '';
const boardIdOf = (link: string) => /\/b\/([^#/]+)/.exec(link)?.[1] ?? '';
/** The same link on another origin. */
const on = (origin: string, link: string) => {
  const url = new URL(link);
  return `${origin}${url.pathname}${url.hash}`;
};

/** What the page can and cannot use on this origin. */
function insecureContextFacts(page: Page) {
  return page.evaluate(() => ({
    isSecureContext: window.isSecureContext,
    subtle: typeof crypto.subtle,
    randomUUID: typeof (crypto as { randomUUID?: unknown }).randomUUID,
    clipboard: typeof (navigator as { clipboard?: unknown }).clipboard,
  }));
}

/** Opens the facilitator panel and waits until it shows the join code. */
async function openPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  await expect.poll(() => page.getByTestId('join-code').textContent(), { timeout: 5_000 }).toMatch(CODE);
}

test('a phone on an insecure LAN origin joins with the code the projector shows, and adds a note the facilitator sees', async () => {
  const links = await apiBoard(baseUrl, 'Sprint on the venue Wi-Fi');
  const boardId = boardIdOf(links.participant);
  // What the projector view asks for, with the projector's token.
  const response = await fetch(new URL(`api/boards/${boardId}/join`, baseUrl), {
    headers: { authorization: `Bearer ${tokenOf(links.projector)}` },
  });
  expect(response.status).toBe(200);
  const join = (await response.json()) as { code: string; url: string; origin: string; reachable: boolean };
  expect(Object.keys(join).sort()).toEqual(['code', 'origin', 'reachable', 'url']);
  expect(join.code).toMatch(CODE);
  const origin = baseUrl.replace(/\/$/, '');
  // The e2e relay listens on 127.0.0.1 only, and was asked on 127.0.0.1: no phone could reach that.
  expect(join).toMatchObject({ origin, reachable: false, url: `${origin}/j/${join.code.replace('-', '')}` });

  const F = await participant();
  await openBoard(F.page, links.facilitator, 'Facilitator');

  const phone = await participant();
  // As typed from the projector: lower case, with the dash.
  await phone.page.goto(`${lan}/j/${join.code.toLowerCase()}`);
  expect(phone.page.url()).toBe(on(lan, links.participant));
  expect(await insecureContextFacts(phone.page)).toEqual({
    isSecureContext: false,
    subtle: 'undefined',
    randomUUID: 'undefined',
    clipboard: 'undefined',
  });
  await enterBoard(phone.page, 'Amina');
  await addNote(phone.page, 'Joined from the venue Wi-Fi');
  await expect.poll(() => noteItems(F.page), { timeout: 5_000 }).toEqual([noteItem('Joined from the venue Wi-Fi', 0)]);
  await saveScreenshot(phone.page, 'lan-participant-joined-by-code');
});

test('the join QR in the facilitator panel encodes the short URL it shows; scanning it joins as a participant', async () => {
  const links = await apiBoard(baseUrl, 'Scan to join');
  const F = await participant();
  // The facilitator's laptop browser on the LAN name, itself an insecure context.
  await openBoard(F.page, on(lan, links.facilitator), 'Facilitator');
  await openPanel(F.page);
  // Reached by a name other devices can use: no warning, and every link carries that origin.
  expect(await F.page.getByTestId('unreachable-hint').count()).toBe(0);
  expect(await F.page.getByTestId('participant-link').inputValue()).toBe(on(lan, links.participant));
  const code = (await F.page.getByTestId('join-code').textContent()) ?? '';
  const shortUrl = await F.page.getByTestId('join-url').inputValue();
  expect(shortUrl).toBe(`${lan}/j/${code.replace('-', '')}`);

  await F.page.getByRole('button', { name: 'Show join QR' }).click();
  const qr = F.page.getByTestId('join-qr-code');
  await qr.waitFor({ state: 'visible', timeout: 5_000 });
  expect(await F.page.getByTestId('join-qr-url').textContent()).toBe(shortUrl);
  expect(await qr.getAttribute('aria-label')).toContain(shortUrl);
  const scanned = await readQr(qr);
  expect(scanned).toBe(shortUrl);
  await saveScreenshot(F.page, 'lan-facilitator-join-qr');

  // Copying works without the Clipboard API: execCommand('copy') on the selected text.
  await F.page.getByRole('button', { name: 'Copy Short join address' }).click();
  await expect.poll(() => F.page.getByTestId('notice').textContent(), { timeout: 2_000 }).toBe('Link copied');
  // Without even that (some phone browsers), the text is left selected and the person is told how to copy it.
  await F.page.evaluate(() => {
    document.execCommand = () => false;
  });
  await F.page.getByRole('button', { name: 'Copy Participant link (write notes and vote)' }).click();
  await expect
    .poll(() => F.page.getByTestId('notice').textContent(), { timeout: 2_000 })
    .toMatch(/^Could not copy automatically\. The text is selected: press Ctrl\+C/);
  expect(
    await F.page.getByTestId('participant-link').evaluate((field: HTMLInputElement) => ({
      focused: document.activeElement === field,
      selected: field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0),
    })),
  ).toEqual({ focused: true, selected: on(lan, links.participant) });

  const phone = await participant();
  await phone.page.goto(scanned!);
  expect(phone.page.url()).toBe(on(lan, links.participant));
  await enterBoard(phone.page, 'Kofi');
  await addNote(phone.page, 'Scanned the QR code');
  await expect.poll(() => noteItems(F.page), { timeout: 5_000 }).toEqual([noteItem('Scanned the QR code', 0)]);
});

test('opened at 127.0.0.1 on a relay that listens there only, the panel says phones cannot reach it', async () => {
  const links = await apiBoard(baseUrl, 'Loopback only');
  const F = await participant();
  await openBoard(F.page, links.facilitator, 'Facilitator');
  await openPanel(F.page);
  expect(await F.page.getByTestId('unreachable-hint').textContent()).toBe(
    'Phones cannot reach this server: it listens on 127.0.0.1 only. Restart it with HOST=0.0.0.0 (see README).',
  );
});

test('a code that opens nothing says so on a friendly page', async () => {
  const phone = await participant();
  const response = await phone.page.goto(`${lan}/j/2222-2222`);
  expect(response?.status()).toBe(404);
  expect(await phone.page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'This join code is not valid (any more)',
  );
  expect(await phone.page.textContent('body')).toMatch(/ask the facilitator for the current one/);
});
