import { describe, expect, it } from 'vitest';
import { BOARD_LANGUAGES } from '../schema/languages';
import { REPORT_LOCALES, type PluralMessage } from './locales';
import { reportText } from './report-text';

const english = REPORT_LOCALES.en.messages;
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
const isPlural = (value: unknown): value is PluralMessage => typeof value === 'object' && value !== null;

describe('the report’s message tables', () => {
  for (const language of BOARD_LANGUAGES) {
    const { intl, messages } = REPORT_LOCALES[language];

    it(`${language}: has every message of the English table, and no other`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, source] of Object.entries(english)) {
        const translated = (messages as unknown as Record<string, unknown>)[key];
        expect(typeof translated, key).toBe(typeof source);
        expect(isPlural(translated) ? translated.other : translated, key).not.toBe('');
      }
    });

    it(`${language}: gives a counting message a form for each of its plural categories, and no other`, () => {
      const categories = new Intl.PluralRules(intl).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(messages)) {
        if (!isPlural(value)) continue;
        expect(Object.keys(value).sort(), key).toEqual([...categories].sort());
      }
    });

    it(`${language}: uses the placeholders English uses`, () => {
      for (const [key, source] of Object.entries(english)) {
        const translated: unknown = (messages as unknown as Record<string, unknown>)[key];
        if (isPlural(source) && isPlural(translated)) {
          // A form may leave out {count} (Arabic's "one" and "two"), but `other` says the number.
          const allowed = placeholders(source.other);
          for (const [category, form] of Object.entries(translated)) {
            for (const name of placeholders(form!)) expect(allowed, `${key}.${category}`).toContain(name);
          }
          expect(placeholders(translated.other), `${key}.other`).toEqual(allowed);
        } else {
          expect(placeholders(translated as string), key).toEqual(placeholders(source as string));
        }
      }
    });

    it(`${language}: puts ** emphasis in pairs`, () => {
      for (const [key, value] of Object.entries(messages)) {
        for (const form of isPlural(value) ? Object.values(value) : [value]) {
          expect((form!.match(/\*\*/g) ?? []).length % 2, key).toBe(0);
        }
      }
    });
  }
});

describe('reportText', () => {
  it('counts in Arabic with all six plural forms: 0, 1, 2, 3, 11 and 100', () => {
    const ar = reportText('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.count('notesOnBoard', n))).toEqual([
      'لا توجد ملاحظات على اللوحة',
      'على اللوحة ملاحظة واحدة',
      'على اللوحة ملاحظتان',
      'على اللوحة 3 ملاحظات',
      'على اللوحة 11 ملاحظة',
      'على اللوحة 100 ملاحظة',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.count('votedPeople', n))).toEqual([
      'شارك في التصويت **0 شخص**',
      'شارك في التصويت **شخص واحد**',
      'شارك في التصويت **شخصان**',
      'شارك في التصويت **3 أشخاص**',
      'شارك في التصويت **11 شخصًا**',
      'شارك في التصويت **100 شخص**',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.count('otherNotesWithoutDots', n))).toEqual([
      '0 ملاحظة أخرى لم تحصل على أي نقطة.',
      'ملاحظة أخرى لم تحصل على أي نقطة.',
      'ملاحظتان أخريان لم تحصلا على أي نقطة.',
      '3 ملاحظات أخرى لم تحصل على أي نقطة.',
      '11 ملاحظة أخرى لم تحصل على أي نقطة.',
      '100 ملاحظة أخرى لم تحصل على أي نقطة.',
    ]);
    // 103 is "few" again, 111 "many": the rule, not a table of small numbers.
    expect([103, 111].map((n) => ar.count('dotsEach', n))).toEqual(['103 نقاط لكل شخص', '111 نقطة لكل شخص']);
  });

  it('counts in Russian with its forms for 1, 2, 5 and 21', () => {
    const ru = reportText('ru');
    expect([1, 2, 5, 21].map((n) => ru.count('notesOnBoard', n))).toEqual([
      'На доске 1 заметка',
      'На доске 2 заметки',
      'На доске 5 заметок',
      'На доске 21 заметка',
    ]);
    expect([1, 2, 5, 21].map((n) => ru.count('votedPeople', n))).toEqual([
      '**1 человек** проголосовал',
      '**2 человека** проголосовали',
      '**5 человек** проголосовали',
      '**21 человек** проголосовал',
    ]);
    expect([1, 2, 5, 21].map((n) => ru.count('votedDots', n))).toEqual([
      '**1 точку**',
      '**2 точки**',
      '**5 точек**',
      '**21 точку**',
    ]);
  });

  it('counts in French with 0 and 1 singular, and "de" from a million', () => {
    const fr = reportText('fr');
    expect([0, 1, 2, 1_000_000].map((n) => fr.count('notesOnBoard', n))).toEqual([
      '0 note sur le tableau',
      '1 note sur le tableau',
      '2 notes sur le tableau',
      `${new Intl.NumberFormat('fr').format(1_000_000)} de notes sur le tableau`,
    ]);
  });

  it('writes numbers, UTC times and durations with Intl, for the language', () => {
    const at = Date.UTC(2026, 11, 6, 9, 5);
    const utc = { timeZone: 'UTC', timeZoneName: 'short', hourCycle: 'h23' } as const;
    const expected = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        ...utc,
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(at);
    for (const language of BOARD_LANGUAGES) {
      const say = reportText(language);
      expect(say.dateTime(at), language).toBe(expected(REPORT_LOCALES[language].intl));
      expect(say.dateTime(at), language).toContain('UTC');
      expect(say.dateTime(at), language).toMatch(/09:05/);
      expect(say.number(12_345), language).toBe(new Intl.NumberFormat(REPORT_LOCALES[language].intl).format(12_345));
    }
    expect(reportText('en').dateTime(at)).toBe('6 December 2026 at 09:05 UTC');
    // Western digits in Arabic, as UN Arabic documents write them, whatever the platform's default.
    expect(reportText('ar').number(1234)).toBe('1,234');
    // (Intl puts no-break spaces between a number and its unit in some languages.)
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(spaced(reportText('fr').duration(65 * 60_000))).toBe('1 heure et 5 minutes');
    expect(spaced(reportText('ru').duration(2 * 3_600_000 + 60_000))).toBe('2 часа 1 минута');
    expect(reportText('ar').duration(2 * 60_000)).toBe('دقيقتان');
    expect(reportText('zh').duration(42_000)).toMatch(/^42秒/);
  });

  it('fills placeholders once, so text people typed that looks like one stays as typed', () => {
    const en = reportText('en');
    expect(en.text('reportTitle', { title: '{title} and {count}' })).toBe('{title} and {count}: outcome report');
    expect(en.count('notesOnBoard', 1)).toBe('1 note on the board');
  });

  it('writes English for a language it does not know (a value from an old or hostile document)', () => {
    expect(reportText('xx' as never).text('untitledBoard')).toBe('Untitled board');
    expect(reportText('constructor' as never).language).toBe('en');
  });
});
