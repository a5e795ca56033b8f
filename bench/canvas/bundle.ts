import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSuite } from '../lib/types';
import { repoRoot, webDist } from './paths';
import { kb } from './stats';

const INITIAL_GOAL_BYTES = 300 * 1024;
/** What servers with on-the-fly compression typically ship; level 9 would be ~0.2 % smaller. */
const GZIP_LEVEL = 6;

interface Chunk {
  file: string;
  initial: boolean;
  raw: number;
  gzip: number;
}

function buildWebApp(log: (line: string) => void): void {
  log('building apps/web (pnpm --filter @notevote/web build)');
  const result = spawnSync('pnpm', ['--filter', '@notevote/web', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `web build failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`,
    );
  }
}

/**
 * Full runs always build afresh: a leftover dist/ may be stale or a development build (React's dev build is ~40 %
 * larger and several times slower to render, which once skewed these numbers). Smoke runs reuse any build.
 */
export function prepareWebBuild(smoke: boolean, log: (line: string) => void): void {
  if (!smoke || !existsSync(path.join(webDist, 'index.html'))) buildWebApp(log);
}

/**
 * The scripts a first visit downloads before anything runs: the entry module and everything index.html
 * modulepreloads. Chunks only reached by dynamic import() are lazy.
 */
export function initialScripts(indexHtml: string): Set<string> {
  const initial = new Set<string>();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /^<script\b/.test(tag) && /\btype="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag);
    const src = /\b(?:src|href)="\/?([^"]+\.js)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && src) initial.add(src);
  }
  return initial;
}

export function measureChunks(): Chunk[] {
  const initial = initialScripts(readFileSync(path.join(webDist, 'index.html'), 'utf8'));
  const assets = readdirSync(path.join(webDist, 'assets')).filter((file) => file.endsWith('.js'));
  return assets
    .map((name) => {
      const file = `assets/${name}`;
      const bytes = readFileSync(path.join(webDist, file));
      return {
        file,
        initial: initial.has(file),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length,
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
}

export const bundleSize: BenchSuite = async ({ smoke, log }) => {
  prepareWebBuild(smoke, log);
  const chunks = measureChunks();
  const initialGzip = chunks.filter((chunk) => chunk.initial).reduce((sum, chunk) => sum + chunk.gzip, 0);
  const lazyGzip = chunks.filter((chunk) => !chunk.initial).reduce((sum, chunk) => sum + chunk.gzip, 0);
  const rows = chunks.map(
    (chunk) => `| \`${chunk.file}\` | ${chunk.initial ? 'initial' : 'lazy'} | ${kb(chunk.raw)} | ${kb(chunk.gzip)} |`,
  );
  const body = [
    '| chunk | loaded | minified | gzip |',
    '| --- | --- | --- | ---: |',
    ...rows,
    `| **initial total** | | | **${kb(initialGzip)}** |`,
    `| lazy total | | | ${kb(lazyGzip)} |`,
    '',
    `Method: \`vite build\` of apps/web; "initial" = the entry \`<script type="module">\` plus every ` +
      `\`<link rel="modulepreload">\` in dist/index.html, "lazy" = chunks reached only by \`import()\`; each file ` +
      `gzipped with node:zlib at level ${GZIP_LEVEL} (the default). CSS (not JavaScript) is left out. KB = 1,024 bytes.`,
  ].join('\n');
  return {
    title: 'Initial JavaScript (gzip)',
    body,
    goals: [
      {
        name: 'initial JavaScript, gzip',
        measured: kb(initialGzip),
        goal: `≤ ${kb(INITIAL_GOAL_BYTES)}`,
        met: initialGzip <= INITIAL_GOAL_BYTES,
      },
    ],
  };
};
