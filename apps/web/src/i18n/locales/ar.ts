import { ar } from '../ar';
import type { LanguageStrings } from '../features';
import { ballots } from '../features/ballots/ar';
import { events } from '../features/events/ar';
import { sketches } from '../features/sketches/ar';

/**
 * Every Arabic string: the base catalog and each feature's section. A chunk of its own, loaded when the page first
 * speaks Arabic (`../catalogs.ts`).
 */
export const strings: LanguageStrings = { base: ar, features: [sketches, events, ballots] };
