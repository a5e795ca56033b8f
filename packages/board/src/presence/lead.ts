import type { Rect } from '../geometry';
import { LIMITS } from '../schema/types';
import { RELAY_PRESENCE_KEY } from './sanitize';

/*
 * Following the facilitator. The facilitator's client publishes, in its own presence, the board rectangle it sees
 * and a counter it bumps on "Bring everyone to me" (`lead`). The relay never relays that field as part of the
 * facilitator's state (on an anonymous board a cursor must not be identifiable as the facilitator's): it checks it
 * (`sanitizeLead`), accepts it only from facilitator connections, and republishes the latest one in its own presence
 * state (`{ relay: { lead } }`), beside the secrecy counts. Clients read it back with `readLead`.
 */

/** The presence field in which a facilitator's client publishes what it shows. */
export const LEAD_PRESENCE_KEY = 'lead';

/** What the facilitator shows everyone who follows them. */
export interface Lead {
  /** The board rectangle (board units) the facilitator sees. */
  view: Rect;
  /**
   * Goes up by one on each "Bring everyone to me". From a facilitator's client: its own count since it opened the
   * board. From the relay: the board's count, which only goes up (a facilitator reloading starts again at 0).
   */
  summon: number;
}

/** Bounds on a lead, so a malformed one cannot make followers zoom to nothing or to infinity. */
export const LEAD_LIMITS = {
  /** Smallest side of the view in board units (a phone zoomed all the way in sees about 100). */
  minViewSize: 1,
  /** Largest side in board units (a 20,000-px-wide wall zoomed all the way out sees 200,000). */
  maxViewSize: 200_000,
  /** The view's corner may lie this far from the origin (notes lie within `LIMITS.coordinateRange`). */
  maxCorner: 2 * LIMITS.coordinateRange,
  /** Largest summon count accepted. */
  maxSummon: 2 ** 31 - 1,
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCorner = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LEAD_LIMITS.maxCorner;

const isSide = (value: unknown): value is number =>
  typeof value === 'number' && value >= LEAD_LIMITS.minViewSize && value <= LEAD_LIMITS.maxViewSize;

const isSummon = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LEAD_LIMITS.maxSummon;

/**
 * A lead as the relay accepts it from a facilitator, or null: finite corners within `LEAD_LIMITS.maxCorner`, sides
 * within the size limits, a non-negative integer summon count. Only these fields are kept. Never throws.
 */
export function sanitizeLead(value: unknown): Lead | null {
  if (!isRecord(value) || !isRecord(value['view'])) return null;
  const { x, y, width, height } = value['view'];
  const summon = value['summon'];
  if (!isCorner(x) || !isCorner(y) || !isSide(width) || !isSide(height) || !isSummon(summon)) return null;
  return { view: { x, y, width, height }, summon };
}

/** The relay's presence state carrying `lead` (merge it with the other parts through `mergeRelayPresence`). */
export function relayLeadPresence(lead: Lead | null): Record<string, unknown> | null {
  return lead ? { [RELAY_PRESENCE_KEY]: { [LEAD_PRESENCE_KEY]: lead } } : null;
}

/**
 * Merges the parts of the relay's own presence state (the secrecy counts, the lead), each `{ relay: { … } }` or
 * null, into one state: the fields of every part side by side, or null when no part has any. Parts use distinct
 * fields; none clobbers another's.
 */
export function mergeRelayPresence(parts: Iterable<Record<string, unknown> | null>): Record<string, unknown> | null {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    const fields = part?.[RELAY_PRESENCE_KEY];
    if (isRecord(fields)) Object.assign(merged, fields);
  }
  return Object.keys(merged).length > 0 ? { [RELAY_PRESENCE_KEY]: merged } : null;
}

/**
 * Finds the lead the relay republishes among presence states (`{ relay: { lead } }`), or null when there is none
 * (no facilitator is sharing their view). Tolerates any state another client could send and never throws; a lead
 * in anyone's own state (not the relay's) is ignored.
 */
export function readLead(states: Iterable<unknown>): Lead | null {
  for (const state of states) {
    if (!isRecord(state)) continue;
    const relay = state[RELAY_PRESENCE_KEY];
    if (!isRecord(relay)) continue;
    const lead = sanitizeLead(relay[LEAD_PRESENCE_KEY]);
    if (lead) return lead;
  }
  return null;
}
