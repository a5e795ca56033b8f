export * from './presence';
export * from './sanitize';
export * from './lead';
