export * from './presence';
