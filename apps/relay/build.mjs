// Bundles the relay into dist/server.js (and its storage thread into dist/sqlite-thread.js) for `pnpm start`. Workspace packages (@notevote/board, TypeScript source) are
// bundled in; npm dependencies stay external and load from node_modules, so native modules such as better-sqlite3 work.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@notevote/'));

await build({
  // The storage thread is its own entry: sqlite-thread-store.ts starts it from dist/sqlite-thread.js. The board
  // export/import command is one too, so a production install can run it without tsx.
  entryPoints: {
    server: 'src/server.ts',
    'sqlite-thread': 'src/storage/sqlite-thread.ts',
    'board-transfer': 'src/cli/board-transfer.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: 'info',
});
