import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may read the metrics and the detailed health figures through a listener: `granted`; `refused` (a token is
 * needed and this request has not got it: 401); `hidden` (no token is configured, so they do not exist here: 404).
 */
export type MetricsAccess = 'granted' | 'refused' | 'hidden';

export type MetricsAccessPolicy = (authorization: string | undefined) => MetricsAccess;

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The main listener's policy: with METRICS_TOKEN set, `Authorization: Bearer <METRICS_TOKEN>`; without it, nobody. */
export function bearerTokenPolicy(token: string | null): MetricsAccessPolicy {
  if (token === null) return () => 'hidden';
  // Comparing digests keeps the comparison constant-time whatever length the request's token has.
  const expected = digest(token);
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    return match?.[1] && timingSafeEqual(digest(match[1]), expected) ? 'granted' : 'refused';
  };
}

/** The METRICS_PORT listener's policy: what reaches it is allowed, since only scrapers can reach its address. */
export const listenerPolicy: MetricsAccessPolicy = () => 'granted';
