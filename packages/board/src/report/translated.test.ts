import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard } from '../doc/board';
import { groupNotes } from '../doc/clusters';
import { createNote } from '../doc/notes';
import { setPhase, startRound } from '../doc/phases';
import { updateSession } from '../doc/session';
import { castVote } from '../doc/votes';
import { BOARD_LANGUAGES, type BoardLanguage } from '../schema/languages';
import { buildOutcome } from './build';
import { outcomeCsv } from './csv';
import { outcomeMarkdown } from './markdown';
import type { Outcome } from './types';

/*
 * Whole reports in each language. What people typed is in Greek here, so that any Latin word left in a report in
 * Arabic, Chinese or Russian is a message nobody translated, and any English word in French or Spanish one too
 * (apart from the words those languages share with English).
 */

const T0 = Date.UTC(2026, 11, 6, 9, 0);
const at = (minutes: number) => T0 + minutes * 60_000;

/** A board that says everything a report can say: rounds (on notes, on clusters), phases, dots outside rounds. */
function everything(language: BoardLanguage, { anonymous = false, secret = false } = {}): Outcome {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Νερό και αποχέτευση', anonymous, language, now: T0 });
  const note = (id: string, text: string, minute: number) =>
    createNote(doc, { x: minute * 250, y: 0, text }, { authorId: 'author', id, now: at(minute) });
  note('n1', 'Πηγάδια', 1);
  note('n2', 'Εκπαίδευση', 2);
  note('n3', 'Τιμολόγια', 3);
  note('n4', '', 4);
  note('n5', 'Σιωπή', 5);
  groupNotes(doc, ['n1', 'n2'], 'Τοπική δράση', { id: 'c1', now: at(6) });
  groupNotes(doc, ['n3'], '', { id: 'c2', now: at(6) });
  castVote(doc, 'olu', { noteId: 'n5', x: 1, y: 1 }, { now: at(7) });
  castVote(doc, 'olu', { noteId: null, x: 1, y: 1 }, { now: at(7) });
  startRound(doc, { now: at(10), title: 'Πρώτη', phase: 'vote', votesPerPerson: 3, allowStacking: true });
  for (const [voter, noteId] of [
    ['amina', 'n1'],
    ['amina', 'n1'],
    ['bruno', 'n3'],
    ['bruno', 'n4'],
    ['chen', 'n2'],
  ] as const) {
    expect(castVote(doc, voter, { noteId, x: 5, y: 5 }, { now: at(12) }).ok).toBe(true);
  }
  setPhase(doc, 'results', { now: at(25) });
  setPhase(doc, 'discuss', { now: at(90) });
  startRound(doc, { now: at(100), phase: 'vote', votesPerPerson: 1, dotsOn: 'clusters' });
  castVote(doc, 'amina', { noteId: null, clusterId: 'c1', x: 1, y: 1 }, { now: at(101) });
  if (secret) updateSession(doc, { silentWriting: true, secretVoting: true });
  return buildOutcome(doc, { now: at(120) });
}

const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

function reports(language: BoardLanguage): string[] {
  return [
    outcomeMarkdown(everything(language), { heatmapPng: PNG }),
    outcomeMarkdown(everything(language, { anonymous: true, secret: true }), { heatmapPng: PNG }),
    outcomeCsv(everything(language)),
  ].map((text) => text.replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, ''));
}

const latinWords = (text: string) => new Set(text.match(/[A-Za-zÀ-ÿ]{2,}/g)?.map((word) => word.toLowerCase()));

/** Words French and Spanish share with the English report, and that are theirs too. */
const SHARED_WORDS: Partial<Record<BoardLanguage, readonly string[]>> = {
  fr: ['phase', 'vote', 'note', 'notes', 'secret', 'violet', 'minute', 'minutes', 'id', 'utc'],
  es: ['no', 'id', 'utc'],
};

describe('a report in each of the six languages', () => {
  const englishWords = latinWords(reports('en').join('\n'));

  for (const language of BOARD_LANGUAGES.filter((code) => code !== 'en')) {
    it(`${language}: leaves no English, whatever the board holds`, () => {
      const text = reports(language).join('\n');
      if (language === 'fr' || language === 'es') {
        const english = [...latinWords(text)].filter((word) => englishWords.has(word));
        expect(english.filter((word) => !SHARED_WORDS[language]!.includes(word))).toEqual([]);
      } else {
        // Only the time zone is in Latin letters (as Intl writes it in every language).
        expect([...latinWords(text)]).toEqual(['utc']);
      }
    });
  }

  it('lays out every language’s tables alike: the same columns in the same order, the same numbers', () => {
    const renderer = new MarkdownIt();
    const cells = (language: BoardLanguage) => {
      const html = renderer.render(outcomeMarkdown(everything(language)));
      return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
        [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!),
      );
    };
    const english = cells('en');
    // Numbers are written in Western digits in all six (grouping aside), in the same cells.
    const numbers = (rows: string[][]) => rows.map((row) => row.map((cell) => (/^[\d.,\s]+$/.test(cell) ? cell : '')));
    for (const language of BOARD_LANGUAGES) {
      const rows = cells(language);
      expect(
        rows.map((row) => row.length),
        language,
      ).toEqual(english.map((row) => row.length));
      expect(numbers(rows), language).toEqual(numbers(english));
      // The notes people typed sit in the same cells, whatever language the words around them are in.
      expect(rows.map((row) => row[1]).filter((cell) => /[α-ω]/i.test(cell ?? ''))).toEqual(
        english.map((row) => row[1]).filter((cell) => /[α-ω]/i.test(cell ?? '')),
      );
    }
  });

  it('writes the CSV header in the language, and the rows as they are', () => {
    const rows = (language: BoardLanguage) => outcomeCsv(everything(language)).split('\r\n');
    expect(rows('en')[0]).toBe('\uFEFFround,note_id,text,cluster,dots,supporters');
    expect(rows('fr')[0]).toBe('\uFEFFtour,id_note,texte,groupe,gommettes,votants');
    expect(rows('ar')[0]).toBe('\uFEFFالجولة,معرف_الملاحظة,النص,المجموعة,النقاط,المؤيدون');
    for (const language of BOARD_LANGUAGES) {
      const [, ...body] = rows(language);
      const [, ...englishBody] = rows('en');
      // Only the cluster nobody named is in words; every number stays plain digits for a spreadsheet.
      expect(
        body.map((row) => row.replace(/\([^)]*\)|（[^）]*）/g, '()')),
        language,
      ).toEqual(englishBody.map((row) => row.replace(/\([^)]*\)|（[^）]*）/g, '()')));
    }
  });

  it('writes the board’s language unless asked for another', () => {
    const outcome = everything('ru');
    expect(outcome.language).toBe('ru');
    expect(outcomeMarkdown(outcome)).toContain('отчет о результатах');
    expect(outcomeMarkdown(outcome, { language: 'es' })).toContain('informe de resultados');
    expect(outcomeCsv(outcome, { language: 'zh' }).split('\r\n')[0]).toBe(
      '\uFEFF轮次,便签编号,文本,分组,圆点数,支持者数',
    );
  });

  it('reads, in Arabic, as Arabic sentences around the numbers', () => {
    const markdown = outcomeMarkdown(everything('ar'), { heatmapPng: PNG });
    expect(markdown).toContain('# تقرير النتائج: Νερό και αποχέτευση');
    expect(markdown).toContain('## الجولة 1: Πρώτη');
    expect(markdown).toContain('## الجولة 2 (جارية)');
    expect(markdown).toContain('شارك في التصويت **3 أشخاص** بما مجموعه **5 نقاط** (5 على الملاحظات).');
    expect(markdown).toContain('قواعد التصويت: 3 نقاط لكل شخص، على الملاحظات أو في أي موضع من اللوحة.');
    expect(markdown).toContain('| المرحلة | البداية | النهاية | المدة |');
    expect(markdown).toContain('| النتائج | 6 ديسمبر 2026 في 09:25 UTC | 6 ديسمبر 2026 في 10:30 UTC | ساعة و5 دقائق |');
    expect(markdown).toContain('- على اللوحة 5 ملاحظات');
  });
});
