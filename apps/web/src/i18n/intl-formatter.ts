import type { Formatter, InitOptions, Services } from 'i18next';

/**
 * Formats every number interpolated into a string with `Intl.NumberFormat` for the string's language ("1 234" in
 * French, "١٬٢٣٤" where Arabic uses Arabic-Indic digits), without marking each `{{count}}` in six catalogs; and
 * `{{value, number}}`, `{{value, datetime}}`, `{{value, list}}` as i18next's own formatter does. Plural selection
 * is unaffected (i18next picks the form from the raw count).
 */
export class IntlFormatter implements Formatter {
  static readonly type = 'formatter';
  private readonly cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
  private readonly custom = new Map<string, (value: unknown, lng: string | undefined, options: unknown) => string>();

  init(_services: Services, _options: InitOptions): void {}

  add(name: string, fn: (value: unknown, lng: string | undefined, options: unknown) => string): void {
    this.custom.set(name.toLowerCase(), fn);
  }

  addCached(name: string, fn: (lng: string | undefined, options: unknown) => (value: unknown) => string): void {
    this.custom.set(name.toLowerCase(), (value, lng, options) => fn(lng, options)(value));
  }

  format(value: unknown, format: string | undefined, lng: string | undefined, options?: unknown): string {
    const locale = lng ?? 'en';
    const name = format?.trim().toLowerCase();
    if (name && this.custom.has(name)) return this.custom.get(name)!(value, lng, options);
    if (typeof value === 'number' && (name === undefined || name === '' || name === 'number')) {
      return Number.isFinite(value) ? this.numberFormat(locale).format(value) : String(value);
    }
    if (name === 'datetime' && (value instanceof Date || typeof value === 'number')) {
      return this.dateFormat(locale).format(value);
    }
    if (name === 'list' && Array.isArray(value)) return this.listFormat(locale).format(value.map(String));
    return value as string;
  }

  private numberFormat(locale: string): Intl.NumberFormat {
    return this.cached(`n:${locale}`, () => new Intl.NumberFormat(locale)) as Intl.NumberFormat;
  }

  private dateFormat(locale: string): Intl.DateTimeFormat {
    return this.cached(
      `d:${locale}`,
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    ) as Intl.DateTimeFormat;
  }

  private listFormat(locale: string): Intl.ListFormat {
    return this.cached(`l:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })) as Intl.ListFormat;
  }

  private cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
    let formatter = this.cache.get(key) as T | undefined;
    if (!formatter) this.cache.set(key, (formatter = make()));
    return formatter;
  }
}
