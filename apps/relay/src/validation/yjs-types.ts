import type * as Y from 'yjs';

/** Any shared type (root or nested). Yjs types it as AbstractType<YEvent<any>>; `never` accepts every event type without `any`. */
export type YType = Y.AbstractType<Y.YEvent<never>>;

/** Yjs does not export the DeleteSet type by name; this is what `Y.decodeUpdate` returns as `ds`. */
export type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** The content of an item (Yjs does not export its AbstractContent base class). */
export type ItemContent = Y.Item['content'];
