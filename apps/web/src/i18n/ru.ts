import type { Catalog } from './catalog-check';

/** To be translated from en.ts (see README, "Languages"). */
export const ru: Catalog = {};
