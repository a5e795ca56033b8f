import { es } from '../es';
import type { LanguageStrings } from '../features';
import { ballots } from '../features/ballots/es';
import { events } from '../features/events/es';
import { sketches } from '../features/sketches/es';

/**
 * Every Spanish string: the base catalog and each feature's section. A chunk of its own, loaded when the page first
 * speaks Spanish (`../catalogs.ts`).
 */
export const strings: LanguageStrings = { base: es, features: [sketches, events, ballots] };
