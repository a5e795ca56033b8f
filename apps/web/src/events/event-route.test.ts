import { describe, expect, it } from 'vitest';
import { eventRouteFromPath } from './event-route';

describe('eventRouteFromPath', () => {
  it('finds the event pages and leaves every other page alone', () => {
    expect(eventRouteFromPath('/e')).toEqual({ page: 'create' });
    expect(eventRouteFromPath('/e/')).toEqual({ page: 'create' });
    expect(eventRouteFromPath('/e/AbC_12-xyz90')).toEqual({ page: 'organiser', eventId: 'AbC_12-xyz90' });
    expect(eventRouteFromPath('/d/K7QFM2XD')).toEqual({ page: 'drop-in', code: 'K7QFM2XD' });
    expect(eventRouteFromPath('/d/k7qf-m2xd/')).toEqual({ page: 'drop-in', code: 'k7qf-m2xd' });
    for (const other of ['/', '/b/abc', '/j/K7QFM2XD', '/events', '/e/a/b', '/d/']) {
      expect(eventRouteFromPath(other), other).toBeNull();
    }
  });

  it('says a malformed id or code is one, rather than asking the relay about it', () => {
    expect(eventRouteFromPath('/e/not%20an%20id')).toEqual({ page: 'invalid' });
    expect(eventRouteFromPath('/e/%E0%A4%A')).toEqual({ page: 'invalid' });
    expect(eventRouteFromPath('/d/%3Cscript%3E')).toEqual({ page: 'invalid' });
  });
});
