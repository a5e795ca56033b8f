/**
 * @notevote/board: the board document schema (v3) and everything computed from it. Pure TypeScript on Yjs:
 * no DOM, no network. The web app and the relay read and write boards only through this package.
 */
export * from './schema';
export * from './geometry';
export * from './votes';
export * from './rules';
export * from './identity';
export * from './doc';
export * from './tally';
export * from './heatmap';
export * from './clusters';
export * from './timer';
export * from './presence';
export * from './report';
