import { describe, expect, it } from 'vitest';
import { REFUSALS } from '@notevote/board';
import { i18n } from '../i18n';
import { MAX_RECOVERIES, RECOVERY_WINDOW_MS, isRecoverableRefusal, mayRecoverAgain } from './recoverable-refusal';

describe('isRecoverableRefusal', () => {
  it('reopens after refusals an honest client meets only because the board moved on', () => {
    for (const code of [
      'phase-closed',
      'board-locked',
      'secret-voting',
      'wrong-round',
      'dots-on-notes',
      'note-missing',
    ])
      expect(isRecoverableRefusal(code), code).toBe(true);
  });

  it('keeps the refusal screen for a replaced link, an erased board, a malformed message or an unknown reason', () => {
    for (const code of ['link-replaced', 'board-erased', 'malformed-message', 'read-only', 'code 4403', '', null])
      expect(isRecoverableRefusal(code), String(code)).toBe(false);
  });

  it('knows only codes the relay can send, each with a translation', () => {
    for (const code of Object.keys(REFUSALS).filter(isRecoverableRefusal)) {
      expect(i18n.exists(`refusals.${code}`), code).toBe(true);
    }
  });
});

describe('mayRecoverAgain', () => {
  it('stops reopening after a few times within a minute, and allows it again later', () => {
    const now = 1_000_000;
    const recent = Array.from({ length: MAX_RECOVERIES }, (_, i) => now - i * 1000);
    expect(mayRecoverAgain(recent.slice(1), now)).toBe(true);
    expect(mayRecoverAgain(recent, now)).toBe(false);
    expect(mayRecoverAgain(recent, now + RECOVERY_WINDOW_MS + 1)).toBe(true);
  });
});
