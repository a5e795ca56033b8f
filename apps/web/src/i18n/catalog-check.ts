/**
 * Checks a translation against the English catalog: same keys, the plural forms its language needs, the same
 * placeholders. Used by the tests, so a missing or broken string fails CI rather than showing English or a raw key.
 */

/** A catalog: nested objects whose leaves are strings. */
export interface Catalog {
  readonly [key: string]: string | Catalog;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as `path.to.key` → text. */
export function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [inner, text] of flatten(value, path)) leaves.set(inner, text);
  }
  return leaves;
}

/** `{{name}}` placeholders of a text, sorted, without repeats. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]!))].sort();
}

/**
 * What is wrong with `translation` for `language`, one line per problem (empty when it is complete):
 * - a key of English without its translation, or a key English does not have;
 * - a plural (English `x_one` / `x_other`) without every form `Intl.PluralRules` uses for the language (Arabic needs
 *   `x_zero`, `x_one`, `x_two`, `x_few`, `x_many`, `x_other`; Russian `x_one`, `x_few`, `x_many`, `x_other`; Chinese
 *   `x_other`), or with forms the language does not use;
 * - a text whose placeholders differ from English's (`{{count}}` may be left out of a singular form, as English does).
 */
export function catalogProblems(english: Catalog, translation: Catalog, language: string): string[] {
  const problems: string[] = [];
  const source = flatten(english);
  const target = flatten(translation);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  const expected = new Map<string, string>();
  for (const [key, text] of source) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) {
      expected.set(key, text);
      continue;
    }
    // English gives the forms it needs; the translation gives the forms its language needs, from English's "other".
    const base = key.slice(0, -plural[0].length);
    for (const category of categories) {
      const form = `${base}_${category}`;
      if (!expected.has(form)) expected.set(form, source.get(`${base}_other`) ?? text);
    }
  }

  for (const [key, englishText] of expected) {
    const text = target.get(key);
    if (text === undefined) {
      problems.push(`${language}: missing ${key}`);
      continue;
    }
    if (text.trim() === '') problems.push(`${language}: empty ${key}`);
    const want = placeholders(englishText).filter((name) => !(name === 'count' && PLURAL_SUFFIX.test(key)));
    const have = placeholders(text);
    const missing = want.filter((name) => !have.includes(name));
    const unknown = have.filter((name) => !placeholders(englishText).includes(name) && name !== 'count');
    if (missing.length > 0) problems.push(`${language}: ${key} lacks {{${missing.join('}}, {{')}}}`);
    if (unknown.length > 0) problems.push(`${language}: ${key} has unknown {{${unknown.join('}}, {{')}}}`);
  }
  for (const key of target.keys()) {
    if (expected.has(key)) continue;
    // A language may give plural forms where English needs none ("{{count}} minutes" reads the same for any count).
    const plural = PLURAL_SUFFIX.exec(key);
    const base = plural ? key.slice(0, -plural[0].length) : null;
    if (base && categories.includes(plural![1]!) && placeholders(source.get(base) ?? '').includes('count')) continue;
    problems.push(`${language}: ${key} is not a key of English (or a plural form ${language} does not use)`);
  }
  return problems;
}
