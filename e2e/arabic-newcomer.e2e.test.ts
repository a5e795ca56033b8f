import { expect, inject, test } from 'vitest';
import { createNote, readNotes } from '../packages/board/src/doc/notes';
import { computeTally } from '../packages/board/src/tally/compute';
import { saveScreenshot } from './support/artifacts';
import { apiBoard } from './support/boards';
import { catalogText, localizedBrowser } from './support/locales';
import { onPage } from './support/board-points';
import { VIEWPORT } from './support/board-ui';

const baseUrl = inject('baseUrl');
const { pageIn, syncedClient } = localizedBrowser();
const ar = (path: string, values?: Record<string, string>) => catalogText('ar', path, values);

/** Notes the facilitator prepared, in Arabic and one in English, away from where the newcomer writes. */
const PREPARED = [
  { x: 420, y: 60, text: 'قاعدة بيانات مشتركة للمضبوطات' },
  { x: 660, y: 60, text: 'تدريب مشترك لموظفي الجمارك على كشف الاتجار بالأحياء البرية' },
  { x: 420, y: 300, text: 'Shared seizure database for wildlife cases' },
  { x: 660, y: 300, text: 'حماية المبلّغين عن المخالفات' },
];
const MINE = { centre: { x: 200, y: 200 }, text: 'شبكة إقليمية للمدعين العامين' };

test('a newcomer whose browser speaks Arabic gets notevote right to left in Arabic, writes an Arabic note and votes', async () => {
  const title = 'سباق استراتيجية مكافحة الاتجار بالأحياء البرية';
  const links = await apiBoard(baseUrl, title);
  const facilitator = await syncedClient(links.facilitator);
  const page = await pageIn('ar-EG');
  await page.goto(links.participant);
  // The first-visit dialog asks for a name, in Arabic, on a page laid out right to left.
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: ar('join.heading', { title }) }).waitFor({ timeout: 10_000 });
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    'ar',
    'rtl',
  ]);
  await dialog.getByRole('textbox', { name: ar('join.nameLabel') }).fill('ليلى');
  await dialog.getByRole('button', { name: ar('join.submit') }).click();
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });
  const toolbar = page.getByRole('toolbar', { name: ar('toolbar.label') });
  await toolbar.getByRole('button', { name: ar('toolbar.addNote'), exact: true }).waitFor();

  // The facilitator's notes arrive (after she opened the board, so her view starts at the board's origin).
  facilitator.change((doc) => {
    for (const note of PREPARED) createNote(doc, note, { authorId: facilitator.userId });
  });
  await expect.poll(() => page.getByRole('listitem').filter({ hasText: PREPARED[0]!.text }).count()).toBe(1);

  // She writes an Arabic note; it reaches the board as she typed it.
  const point = await onPage(page, MINE.centre);
  await page.mouse.dblclick(point.x, point.y);
  const editor = page.getByRole('textbox', { name: ar('note.editLabel') });
  await editor.waitFor({ timeout: 5_000 });
  await page.keyboard.type(MINE.text);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached', timeout: 5_000 });
  await expect
    .poll(() => readNotes(facilitator.doc).some((note) => note.text === MINE.text), { timeout: 5_000 })
    .toBe(true);

  // She votes for her note with the vote tool on the board, and, as a screen-reader user would, for the prepared
  // note on the seizure database by its name in the notes list.
  await toolbar.getByRole('button', { name: ar('toolbar.vote'), exact: true }).click();
  const mine = await onPage(page, MINE.centre);
  await page.mouse.click(mine.x, mine.y);
  const notes = page.getByRole('region', { name: ar('noteList.heading') });
  // A screen reader moves focus to the button and presses it; the list need not be open on screen for that.
  const voteForSeizures = notes.getByRole('button', {
    name: ar('noteList.vote', { text: PREPARED[0]!.text }),
    exact: true,
  });
  await voteForSeizures.focus();
  await page.keyboard.press('Enter');
  const idOf = (text: string) => readNotes(facilitator.doc).find((note) => note.text === text)!.id;
  await expect
    .poll(
      () => {
        const tally = computeTally(facilitator.doc);
        return [tally.notes.get(idOf(MINE.text))?.votes, tally.notes.get(idOf(PREPARED[0]!.text))?.votes];
      },
      { timeout: 5_000 },
    )
    .toEqual([1, 1]);

  // The README's Arabic picture: the board with the heatmap on.
  await toolbar.getByRole('button', { name: ar('toolbar.heatmap'), exact: true }).click();
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
  await page.waitForTimeout(300);
  await saveScreenshot(page, 'arabic-board');
});
