import { describe, expect, it } from 'vitest';
import { ARROW_STEP, ARROW_STEP_LARGE, arrowMove, shortcutLetter } from './shortcut-keys';

describe('shortcut letters', () => {
  it('reads the letter a Latin layout types, wherever the layout puts it', () => {
    expect(shortcutLetter({ key: 'n', code: 'KeyN' })).toBe('n');
    expect(shortcutLetter({ key: 'N', code: 'KeyN' })).toBe('n');
    // AZERTY: the key typing "a" sits where US has Q; it is A.
    expect(shortcutLetter({ key: 'a', code: 'KeyQ' })).toBe('a');
    // Dvorak: the key where US has H types "d": it is D (vote), never H (heat-map vote).
    expect(shortcutLetter({ key: 'd', code: 'KeyH' })).toBe('d');
  });

  it('reads the physical key on an Arabic, Russian or Greek layout, whose letters are not Latin', () => {
    expect(shortcutLetter({ key: 'ى', code: 'KeyN' })).toBe('n');
    expect(shortcutLetter({ key: 'т', code: 'KeyN' })).toBe('n');
    expect(shortcutLetter({ key: 'в', code: 'KeyD' })).toBe('d');
    expect(shortcutLetter({ key: 'Я', code: 'KeyZ' })).toBe('z');
    expect(shortcutLetter({ key: 'ν', code: 'KeyN' })).toBe('n');
  });

  it('finds no letter in keys that are none', () => {
    for (const key of ['Enter', 'ArrowLeft', '?', '+', '1', ' ', 'Dead']) {
      expect(shortcutLetter({ key, code: 'KeyN' }), key).toBeNull();
    }
    expect(shortcutLetter({ key: 'ж', code: 'Semicolon' })).toBeNull();
  });
});

describe('arrow moves', () => {
  it('moves in board space, further with Shift, and ignores other keys', () => {
    expect(arrowMove({ key: 'ArrowLeft', shiftKey: false })).toEqual({ dx: -ARROW_STEP, dy: 0 });
    expect(arrowMove({ key: 'ArrowRight', shiftKey: true })).toEqual({ dx: ARROW_STEP_LARGE, dy: 0 });
    expect(arrowMove({ key: 'ArrowUp', shiftKey: false })).toEqual({ dx: 0, dy: -ARROW_STEP });
    expect(arrowMove({ key: 'ArrowDown', shiftKey: true })).toEqual({ dx: 0, dy: ARROW_STEP_LARGE });
    expect(arrowMove({ key: 'Enter', shiftKey: false })).toBeNull();
  });
});
