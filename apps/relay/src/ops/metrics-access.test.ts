import { describe, expect, it } from 'vitest';
import { bearerTokenPolicy, listenerPolicy } from './metrics-access';

describe('metrics access', () => {
  it('hides the metrics from everyone when no token is configured', () => {
    const policy = bearerTokenPolicy(null);
    expect(policy(undefined)).toBe('hidden');
    expect(policy('Bearer anything-at-all-here')).toBe('hidden');
  });

  it('grants the configured bearer token only', () => {
    const policy = bearerTokenPolicy('scraper-token-0123456789');
    expect(policy('Bearer scraper-token-0123456789')).toBe('granted');
    expect(policy('bearer scraper-token-0123456789')).toBe('granted');
    for (const wrong of [
      undefined,
      '',
      'Bearer',
      'Bearer scraper-token-012345678',
      'Bearer scraper-token-0123456789x',
      'Basic c2NyYXBlcjp0b2tlbg==',
      'scraper-token-0123456789',
    ]) {
      expect(policy(wrong), String(wrong)).toBe('refused');
    }
  });

  it('grants everything that reaches the separate metrics listener', () => {
    expect(listenerPolicy(undefined)).toBe('granted');
  });
});
