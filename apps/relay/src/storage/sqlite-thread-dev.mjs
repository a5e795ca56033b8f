// Starts the storage thread from TypeScript source (tests, `pnpm dev`, benchmarks): a worker thread does not inherit
// the main thread's tsx loader, so it registers its own. The built relay runs dist/sqlite-thread.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./sqlite-thread.ts');
