import { ru } from '../ru';
import type { LanguageStrings } from '../features';
import { ballots } from '../features/ballots/ru';
import { events } from '../features/events/ru';
import { sketches } from '../features/sketches/ru';

/**
 * Every Russian string: the base catalog and each feature's section. A chunk of its own, loaded when the page first
 * speaks Russian (`../catalogs.ts`).
 */
export const strings: LanguageStrings = { base: ru, features: [sketches, events, ballots] };
