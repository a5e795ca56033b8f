import { describe, expect, it } from 'vitest';
import { readJoinInfo } from './join-info';

const answer = {
  code: 'K7QX',
  url: 'http://192.168.1.20:8787/j/K7QX',
  origin: 'http://192.168.1.20:8787',
  reachable: true,
};

describe('reading how to join', () => {
  it('reads the relay’s answer', () => {
    expect(readJoinInfo(answer)).toEqual(answer);
    expect(readJoinInfo({ ...answer, reachable: 'yes', extra: 1 })).toEqual({ ...answer, reachable: false });
  });

  it('shows nothing for an answer it cannot show', () => {
    for (const body of [
      null,
      'x',
      [],
      {},
      { ...answer, code: '' },
      { ...answer, code: 7 },
      { ...answer, url: 'not a url' },
      { ...answer, url: 'javascript:alert(1)' },
      { ...answer, url: `http://x/${'a'.repeat(3_000)}` },
      { ...answer, origin: null },
    ]) {
      expect(readJoinInfo(body), JSON.stringify(body)?.slice(0, 80)).toBeNull();
    }
  });
});
