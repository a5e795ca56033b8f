import { fr } from '../fr';
import type { LanguageStrings } from '../features';
import { ballots } from '../features/ballots/fr';
import { events } from '../features/events/fr';
import { sketches } from '../features/sketches/fr';

/**
 * Every French string: the base catalog and each feature's section. A chunk of its own, loaded when the page first
 * speaks French (`../catalogs.ts`).
 */
export const strings: LanguageStrings = { base: fr, features: [sketches, events, ballots] };
