import { isLanguageCode, type LanguageCode } from './languages';

/**
 * Where a language choice applies: the board (and start page) on this device, or the projector view, which has a
 * choice of its own (the room's screen may speak French while the facilitator's laptop speaks English).
 */
export type LanguageScope = 'board' | 'projector';

const KEYS: Record<LanguageScope, string> = {
  board: 'notevote.language',
  projector: 'notevote.language.projector',
};

/** The language chosen on this device for `scope`, or null if none (or storage is unavailable or holds junk). */
export function storedLanguage(
  scope: LanguageScope,
  storage: Storage | null = safeLocalStorage(),
): LanguageCode | null {
  try {
    const value = storage?.getItem(KEYS[scope]);
    return isLanguageCode(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the choice on this device (nothing leaves it); quietly does nothing where storage is blocked. */
export function storeLanguage(
  scope: LanguageScope,
  code: LanguageCode,
  storage: Storage | null = safeLocalStorage(),
): void {
  try {
    storage?.setItem(KEYS[scope], code);
  } catch {
    // Private browsing with storage disabled: the choice lasts for this page only.
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
