export * from './ids';
export * from './types';
export * from './validate';
export * from './roles';
export * from './person';
export * from './subprotocol';
export * from './languages';
