import { LIMITS } from './types';

/** Thrown by typed operations when the caller passes something the schema cannot hold. */
export class BoardInputError extends Error {
  override readonly name = 'BoardInputError';
}

const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** True for a `#rrggbb` colour, the only colour form the schema stores. */
export function isColor(value: unknown): value is string {
  return typeof value === 'string' && COLOR_PATTERN.test(value);
}

/** True for a finite coordinate inside the board's range. */
export function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMITS.coordinateRange;
}

/** Checks a coordinate and says which field was wrong when it is not one. */
export function requireCoordinate(value: number, field: string): number {
  if (!isCoordinate(value)) {
    throw new BoardInputError(`${field} must be a finite number within ±${LIMITS.coordinateRange}, got ${value}`);
  }
  return value;
}

/** Clamps a note dimension into the allowed range (notes must stay clickable and renderable). */
export function clampNoteSize(value: number): number {
  if (!Number.isFinite(value)) return LIMITS.minNoteSize;
  return Math.min(LIMITS.maxNoteSize, Math.max(LIMITS.minNoteSize, value));
}

/** Checks a colour and says what form is expected when it is wrong. */
export function requireColor(value: string): string {
  if (!isColor(value)) throw new BoardInputError(`colour must look like #rrggbb, got ${JSON.stringify(value)}`);
  return value;
}

/** Checks a votes-per-person budget (up to the heat-map vote's cap, which stands for "no budget"). */
export function requireVoteBudget(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > LIMITS.maxDotsPerPerson) {
    throw new BoardInputError(
      `votes per person must be a whole number from 0 to ${LIMITS.maxDotsPerPerson}, got ${value}`,
    );
  }
  return value;
}

/** Trims a string to at most `max` characters (by UTF-16 code units, never splitting a surrogate pair). */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return value.slice(0, end);
}
