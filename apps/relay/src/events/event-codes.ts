import { eventCodeFor, eventCodeKeyOf } from '../auth/event-code';
import { normalizeJoinCode } from '../auth/join-code';
import type { EventDirectory, EventRecord } from '../storage/event-directory';

/** How many variants to try when a code is taken by another event: each try collides with odds below 10^-7. */
const MAX_SALT_TRIES = 16;

export interface EventCodes {
  /**
   * The event's current drop-in code (normalised), registering its lookup key when the code is new (the event's
   * first, or the first after the code was replaced), so every code shown opens exactly one event.
   */
  current(record: EventRecord): Promise<string>;
  /** The event a drop-in code (as typed: any case, dash optional) opens now, or null. */
  resolve(input: string): Promise<EventRecord | null>;
}

/** Drop-in codes of the events in `events`, derived with the server secret (see auth/event-code.ts). */
export function createEventCodes({ events, secret }: { events: EventDirectory; secret: Uint8Array }): EventCodes {
  return {
    async current(record) {
      for (let salt = record.codeSalt, tries = 0; tries < MAX_SALT_TRIES; salt++, tries++) {
        const code = eventCodeFor(secret, record.id, record.dropInEpoch, salt);
        const key = eventCodeKeyOf(secret, code);
        if (record.codeKey === key) return code;
        if (await events.setCodeKey(record.id, key, salt)) return code;
      }
      throw new Error(`could not find a free drop-in code for event ${record.id}; this should never happen`);
    },
    async resolve(input) {
      const code = normalizeJoinCode(input);
      if (code === null) return null;
      const record = await events.findByCodeKey(eventCodeKeyOf(secret, code));
      // A key left from before the code was replaced opens nothing.
      if (!record || eventCodeFor(secret, record.id, record.dropInEpoch, record.codeSalt) !== code) return null;
      return record;
    },
  };
}
