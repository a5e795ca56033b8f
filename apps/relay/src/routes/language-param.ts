import type { FastifySchemaValidationError } from 'fastify';

/** "Arabic, Chinese, …": the board languages' English names, from the same list as the codes. */
const englishNames = new Intl.DisplayNames('en', { type: 'language' });
const LANGUAGE_NAMES = BOARD_LANGUAGES.map((code) => englishNames.of(code) ?? code).join(', ');
import { BOARD_LANGUAGES } from '@notevote/board';

/** A board language in a request body or query: one of the six UN languages' codes. */
export const languageSchema = { type: 'string', enum: [...BOARD_LANGUAGES] } as const;

/**
 * A route's validation message when `field` is not a board language: which codes there are, rather than Fastify's
 * "must be equal to one of the allowed values". Every other problem is worded as Fastify words it.
 */
export function languageErrorFormatter(field: string) {
  return (errors: FastifySchemaValidationError[], dataVar: string): Error => {
    if (errors.some((error) => error.instancePath === `/${field}`)) {
      return new Error(`${dataVar}/${field} must be one of ${BOARD_LANGUAGES.join(', ')} (${LANGUAGE_NAMES})`);
    }
    return new Error(errors.map((error) => `${dataVar}${error.instancePath} ${error.message ?? ''}`).join(', '));
  };
}
