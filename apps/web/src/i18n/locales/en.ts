import { en } from '../en';
import type { LanguageStrings } from '../features';
import { ballots } from '../features/ballots/en';
import { events } from '../features/events/en';
import { sketches } from '../features/sketches/en';

/** Every English string: the base catalog and each feature's section. Bundled with the app (`../catalogs.ts`). */
export const strings: LanguageStrings = { base: en, features: [sketches, events, ballots] };
