import type { Catalog } from '../catalog-check';
import type { LanguageCode } from '../languages';
import { ballots } from './ballots';
import { events } from './events';
import { sketches } from './sketches';

/**
 * One feature's strings in the six languages. Each language's catalog holds the same single top-level key (the
 * feature's section, e.g. `events`), which no base catalog or other feature uses.
 */
export type FeatureCatalog = Record<LanguageCode, Catalog>;

/** The features with strings of their own, merged into `CATALOGS` (catalogs.ts). */
export const FEATURE_CATALOGS: readonly FeatureCatalog[] = [sketches, events, ballots];
