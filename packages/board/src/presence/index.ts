export * from './presence';
export * from './sanitize';
