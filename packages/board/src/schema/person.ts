import { LIMITS, type Person } from './types';
import { isColor, truncate } from './validate';

/** The colour shown for a person whose stored colour is missing or malformed (a neutral grey on white and yellow). */
export const DEFAULT_PERSON_COLOR = '#6b7280';

/** A display name as readers show it: trimmed and cut to the schema's limit; null when it is not a non-empty string. */
export function readDisplayName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = truncate(value.trim(), LIMITS.nameLength);
  return name.length > 0 ? name : null;
}

/** A `#rrggbb` colour, or the default person colour for anything else. */
export function readPersonColor(value: unknown): string {
  return isColor(value) ? value : DEFAULT_PERSON_COLOR;
}

/**
 * Reads a `people` entry written by any client: null unless it is an object with a non-empty string `name`; a
 * missing or malformed colour falls back to `DEFAULT_PERSON_COLOR`. Never throws.
 */
export function parsePerson(value: unknown): Person | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { name, color } = value as Record<string, unknown>;
  const shown = readDisplayName(name);
  return shown === null ? null : { name: shown, color: readPersonColor(color) };
}
