import { describe, expect, it } from 'vitest';
import { storedLanguage, storeLanguage } from './language-preference';
import { isLanguageCode, pickLanguage } from './languages';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe('choosing the language', () => {
  it('follows the first browser language notevote speaks, by its primary subtag', () => {
    expect(pickLanguage(['ar-EG', 'en-US'])).toBe('ar');
    expect(pickLanguage(['de-DE', 'zh-Hant-TW', 'fr'])).toBe('zh');
    expect(pickLanguage(['pt-BR', 'RU'])).toBe('ru');
    expect(pickLanguage(['es_419'])).toBe('es');
    expect(pickLanguage(['de', 'ja'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('remembers a choice per view, and ignores what is not one of the six', () => {
    const storage = memoryStorage();
    expect(storedLanguage('board', storage)).toBeNull();
    storeLanguage('board', 'ar', storage);
    storeLanguage('projector', 'fr', storage);
    expect(storedLanguage('board', storage)).toBe('ar');
    expect(storedLanguage('projector', storage)).toBe('fr');
    storage.setItem('notevote.language', 'klingon');
    expect(storedLanguage('board', storage)).toBeNull();
    expect(isLanguageCode('__proto__')).toBe(false);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(storedLanguage('board', broken)).toBeNull();
    expect(() => storeLanguage('board', 'en', broken)).not.toThrow();
  });
});
