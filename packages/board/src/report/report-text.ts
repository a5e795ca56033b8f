import { DEFAULT_BOARD_LANGUAGE, isBoardLanguage, type BoardLanguage } from '../schema/languages';
import { REPORT_LOCALES, type PluralMessage, type ReportMessages } from './locales';
import { durationFormatter, utcMinuteFormatter } from './time';

/** The keys of messages that are plain text, and of those that depend on a number. */
export type TextKey = {
  [K in keyof ReportMessages]: ReportMessages[K] extends string ? K : never;
}[keyof ReportMessages];
export type CountKey = Exclude<keyof ReportMessages, TextKey>;

/** A report's words, numbers, dates and durations in one language. */
export interface ReportText {
  language: BoardLanguage;
  /** The message with its `{placeholders}` filled (values are put in as they are, never read as placeholders). */
  text(key: TextKey, values?: Readonly<Record<string, string>>): string;
  /** The form of a counting message for `count` (`Intl.PluralRules`), `{count}` written as a number. */
  count(key: CountKey, count: number, values?: Readonly<Record<string, string>>): string;
  number(value: number): string;
  /** A time to the minute, in UTC, saying so. */
  dateTime(ms: number): string;
  duration(ms: number): string;
  /** Parts of a sentence, joined as the language joins them in a list. */
  list(parts: readonly string[]): string;
}

/** The report's language tools for `language` (English for anything that is not a board language). */
export function reportText(language: BoardLanguage): ReportText {
  const chosen = isBoardLanguage(language) ? language : DEFAULT_BOARD_LANGUAGE;
  const { intl, messages } = REPORT_LOCALES[chosen];
  const plurals = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  const number = (value: number) => numbers.format(value);
  return {
    language: chosen,
    text: (key, values = {}) => fill(messages[key], values),
    count: (key, count, values = {}) => {
      const forms: PluralMessage = messages[key];
      return fill(forms[plurals.select(count)] ?? forms.other, { ...values, count: number(count) });
    },
    number,
    dateTime: utcMinuteFormatter(intl),
    duration: durationFormatter(intl),
    list: (parts) => parts.join(messages.listSeparator),
  };
}

/** Fills `{name}` placeholders in one pass, so a value that itself holds `{…}` (a note's text) stays as it is. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : all,
  );
}

/** A time to the minute in UTC, as a report in `language` writes it. */
export function formatUtcMinute(ms: number, language: BoardLanguage = DEFAULT_BOARD_LANGUAGE): string {
  return reportText(language).dateTime(ms);
}

/** A length of time as a report in `language` writes it. */
export function formatDuration(ms: number, language: BoardLanguage = DEFAULT_BOARD_LANGUAGE): string {
  return reportText(language).duration(ms);
}
