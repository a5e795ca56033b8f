export * from './timer';
