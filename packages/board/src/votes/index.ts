export * from './rules';
export * from './position';
export * from './parse';
export * from './ballots';
