import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSecrecySummary, relayPresence } from '../doc/secrecy-summary';
import { LEAD_LIMITS, mergeRelayPresence, readLead, relayLeadPresence, sanitizeLead, type Lead } from './lead';
import { readPresence } from './presence';
import { sanitizePresence } from './sanitize';

const lead: Lead = { view: { x: -120.5, y: 40, width: 1600, height: 900 }, summon: 2 };

/** What a reader relies on, checked field by field. */
function expectWellFormed(read: Lead): void {
  expect(Object.keys(read).sort()).toEqual(['summon', 'view']);
  expect(Object.keys(read.view).sort()).toEqual(['height', 'width', 'x', 'y']);
  for (const corner of [read.view.x, read.view.y]) {
    expect(Number.isFinite(corner)).toBe(true);
    expect(Math.abs(corner)).toBeLessThanOrEqual(LEAD_LIMITS.maxCorner);
  }
  for (const side of [read.view.width, read.view.height]) {
    expect(side).toBeGreaterThanOrEqual(LEAD_LIMITS.minViewSize);
    expect(side).toBeLessThanOrEqual(LEAD_LIMITS.maxViewSize);
  }
  expect(Number.isInteger(read.summon)).toBe(true);
  expect(read.summon).toBeGreaterThanOrEqual(0);
}

describe('sanitizeLead', () => {
  it('keeps a well-formed lead, and only its fields', () => {
    expect(sanitizeLead(lead)).toEqual(lead);
    expect(sanitizeLead({ ...lead, view: { ...lead.view, z: 1 }, extra: 'x' })).toEqual(lead);
  });

  it('refuses views that are not finite, too small, too large or too far away', () => {
    for (const view of [
      { ...lead.view, x: NaN },
      { ...lead.view, y: Infinity },
      { ...lead.view, x: '10' },
      { ...lead.view, width: 0 },
      { ...lead.view, height: -900 },
      { ...lead.view, width: LEAD_LIMITS.maxViewSize * 2 },
      { ...lead.view, x: LEAD_LIMITS.maxCorner * 2 },
      { x: 0, y: 0, width: 100 },
      [0, 0, 100, 100],
      null,
    ]) {
      expect(sanitizeLead({ view, summon: 0 }), JSON.stringify(view)).toBeNull();
    }
  });

  it('refuses a summon count that is not a small non-negative integer', () => {
    for (const summon of [-1, 1.5, NaN, '1', null, undefined, LEAD_LIMITS.maxSummon + 1]) {
      expect(sanitizeLead({ view: lead.view, summon })).toBeNull();
    }
  });
});

describe('the relay’s presence state', () => {
  it('carries the lead beside the secrecy counts, never in place of them', () => {
    const counts = relayPresence({ notes: 3, writers: 2, dots: 0, voters: 0, participants: 4 });
    const merged = mergeRelayPresence([counts, relayLeadPresence(lead)]);
    expect(merged).toEqual({
      relay: { pending: { notes: 3, writers: 2, dots: 0, voters: 0, participants: 4 }, lead },
    });
    expect(readLead([merged])).toEqual(lead);
    expect(readSecrecySummary([merged])).toEqual({ notes: 3, writers: 2, dots: 0, voters: 0, participants: 4 });
    // Withheld counts stay withheld.
    const withheld = mergeRelayPresence([relayPresence({ notes: 1, writers: 1, dots: 0, voters: 0, participants: 2 })]);
    expect(readSecrecySummary([mergeRelayPresence([withheld, relayLeadPresence(lead)])])).toBe('withheld');
  });

  it('is null when no part has anything, and a lead alone reads as no secrecy counts', () => {
    expect(mergeRelayPresence([null, relayLeadPresence(null)])).toBeNull();
    const leadOnly = mergeRelayPresence([null, relayLeadPresence(lead)]);
    expect(readSecrecySummary([leadOnly])).toBeNull();
    expect(readPresence(leadOnly)).toBeNull();
  });
});

describe('readLead', () => {
  it('finds the relay’s lead among everyone’s presence', () => {
    const states = [{ user: { name: 'Amina' }, cursor: { x: 1, y: 2 } }, null, { relay: { lead } }];
    expect(readLead(states)).toEqual(lead);
  });

  it('ignores a lead anywhere but in the relay’s state, and malformed ones', () => {
    expect(readLead([{ user: { name: 'Mallory' }, lead }])).toBeNull();
    expect(
      readLead([{ relay: { lead: { ...lead, summon: -1 } } }, { relay: 'x' }, { relay: { lead: 'x' } }]),
    ).toBeNull();
  });

  it('never throws, and returns only well-formed leads, for any value', () => {
    const junk = fc.oneof(fc.jsonValue(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0));
    const nearly = fc.record(
      {
        relay: fc.oneof(
          junk,
          fc.record(
            {
              lead: fc.oneof(
                junk,
                fc.record(
                  {
                    view: fc.oneof(
                      junk,
                      fc.record({ x: junk, y: junk, width: junk, height: junk }, { requiredKeys: [] }),
                    ),
                    summon: junk,
                  },
                  { requiredKeys: [] },
                ),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(nearly, fc.anything())), (states) => {
        const read = readLead(states);
        if (read) expectWellFormed(read);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('a lead in a client’s own presence', () => {
  it('is never relayed as part of that client’s state', () => {
    const state = { user: { id: 'me', name: 'Fatima', color: '#e5484d' }, cursor: { x: 1, y: 2 }, lead };
    for (const anonymous of [false, true]) {
      expect(sanitizePresence(state, { userId: 'me', anonymous })).not.toHaveProperty('lead');
    }
  });
});
