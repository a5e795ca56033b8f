export * from './access';
export * from './board';
export * from './migrations';
export * from './notes';
export * from './people';
export * from './session';
export * from './transact';
export * from './votes';
