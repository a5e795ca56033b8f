/*
 * Times in a report are in UTC, and say so: a sprint's people come from many time zones, and a report read later
 * elsewhere should not shift its times by the reader's. Written by `Intl` in the report's language.
 */

/** Writes a time to the minute, in UTC, with the time zone named: `6 December 2026 at 14:30 UTC` in `en-GB`. */
export function utcMinuteFormatter(locale: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  return (ms) => (Number.isFinite(new Date(ms).getTime()) ? format.format(ms) : '');
}

/**
 * Writes a length of time as people say it: `42 seconds`, `12 minutes`, `1 hour, 5 minutes` in `en-GB`. Node 20 has
 * no `Intl.DurationFormat`, so it is composed from unit-formatted numbers joined as a list of units.
 */
export function durationFormatter(locale: string): (ms: number) => string {
  const unit = (name: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' });
  const [seconds, minutes, hours] = [unit('second'), unit('minute'), unit('hour')];
  const units = new Intl.ListFormat(locale, { type: 'unit', style: 'long' });
  return (ms) => {
    const s = Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : 0;
    if (s < 60) return seconds.format(s);
    const m = Math.round(s / 60);
    if (m < 60) return minutes.format(m);
    const h = Math.floor(m / 60);
    const rest = m % 60;
    return rest === 0 ? hours.format(h) : units.format([hours.format(h), minutes.format(rest)]);
  };
}
