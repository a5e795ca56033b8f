import { zh } from '../zh';
import type { LanguageStrings } from '../features';
import { ballots } from '../features/ballots/zh';
import { events } from '../features/events/zh';
import { sketches } from '../features/sketches/zh';

/**
 * Every Chinese string: the base catalog and each feature's section. A chunk of its own, loaded when the page first
 * speaks Chinese (`../catalogs.ts`).
 */
export const strings: LanguageStrings = { base: zh, features: [sketches, events, ballots] };
