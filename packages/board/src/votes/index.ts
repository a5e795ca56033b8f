export * from './rules';
export * from './position';
