export * from './ids';
export * from './types';
export * from './validate';
export * from './roles';
