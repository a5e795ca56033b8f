import type { Catalog } from '../catalog-check';

/**
 * One feature's strings in one language: a catalog with a single top-level key of its own (the feature's section,
 * e.g. `events`), which no base catalog or other feature uses. A feature keeps each language in a file of its own
 * (`features/events/fr.ts`), so that a language's chunk carries that language's strings and no other's, and features
 * never edit the same file.
 */
export type FeatureCatalog = Catalog;

/** Every string of one language, as its files hold it: the base catalog (`<code>.ts`) and each feature's section. */
export interface LanguageStrings {
  readonly base: Catalog;
  readonly features: readonly FeatureCatalog[];
}

/** A language's catalog as i18next reads it: its base catalog with each feature's section added. */
export function joinFeatures({ base, features }: LanguageStrings): Catalog {
  return Object.assign({}, base, ...features) as Catalog;
}
