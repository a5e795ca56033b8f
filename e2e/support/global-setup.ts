import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The relay's origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const relayRoot = path.join(repoRoot, 'apps', 'relay');
/** Where the web app is built to and served from; E2E_WEB_DIST lets runs side by side keep their builds apart. */
const webRoot = process.env['E2E_WEB_DIST']
  ? path.resolve(process.env['E2E_WEB_DIST'])
  : path.join(repoRoot, 'apps', 'web', 'dist');
const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;
/** Relays being stopped on purpose, so their expected exit is not reported as a crash. */
const stopping = new WeakSet<ChildProcess>();

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Tests must exercise the app as it is now, so build it once per run rather than trusting a stale dist/. */
function buildWebApp(): void {
  if (process.env['E2E_SKIP_BUILD'] === '1') {
    console.log('e2e: E2E_SKIP_BUILD=1, using the existing apps/web/dist');
  } else {
    const started = Date.now();
    const outDir = process.env['E2E_WEB_DIST'] ? ['--outDir', webRoot, '--emptyOutDir'] : [];
    const result = spawnSync('pnpm', ['--filter', '@notevote/web', 'build', ...outDir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (result.error || result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
      throw new Error(
        `e2e: building the web app failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`,
      );
    }
    console.log(`e2e: built apps/web in ${seconds(started)}`);
  }
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`e2e: ${webRoot}/index.html does not exist; run \`pnpm --filter @notevote/web build\``);
  }
}

export interface Relay {
  child: ChildProcess;
  baseUrl: string;
}

/**
 * Starts the real relay entry point serving the built web app, as `pnpm start` would, and resolves with the address
 * it prints. `env` adds settings (a test that needs a relay configured differently starts its own).
 */
export function startRelay(dataDir: string, env: Record<string, string> = {}): Promise<Relay> {
  const tsx = path.join(relayRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['src/server.ts'], {
    cwd: relayRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_ROOT: webRoot,
      LOG_LEVEL: 'warn',
      // Every test creates its boards from 127.0.0.1: more than the default burst of 10 in a few seconds.
      CREATE_BURST: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // tsx runs the server in a grandchild process: a process group of its own lets teardown stop both at once.
    detached: true,
  });
  let output = '';
  let settled = false;
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      killGroup(child, 'SIGKILL');
      reject(new Error(`e2e: the relay ${why}; its output:\n${output || '(none)'}`));
    };
    const timer = setTimeout(() => fail(`did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /notevote is running: open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1] && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1] });
      }
    });
    // Keep reading after start-up too: a full pipe would block the relay's writes.
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => fail(`could not be spawned (${error.message})`));
    child.once('exit', (code, signal) => {
      const how = signal ?? `code ${code}`;
      // A relay that dies mid-run makes every later test fail obscurely; say why, once.
      if (settled && !stopping.has(child))
        console.error(`e2e: the relay exited (${how}) during the run; its output:\n${output}`);
      fail(`exited (${how}) before listening`);
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops a relay started by startRelay (SIGTERM, then SIGKILL after a grace period). */
export async function stopRelay(child: ChildProcess): Promise<void> {
  stopping.add(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
  // The server may have left a grandchild behind if tsx died first; the group kill reaches it.
  killGroup(child, 'SIGKILL');
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Resolve (and, on a bare Debian CI machine, install) the browser once, before any test file starts.
  console.log(`e2e: using Chromium at ${findChromium()}`);
  buildWebApp();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'notevote-e2e-'));
  let relay: Relay;
  try {
    relay = await startRelay(dataDir);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  // If Vitest exits without running teardown (e.g. a crash), do not leave a server holding a port.
  const lastResort = () => killGroup(relay.child, 'SIGKILL');
  process.once('exit', lastResort);
  console.log(`e2e: relay at ${relay.baseUrl}`);
  project.provide('baseUrl', relay.baseUrl);

  return async () => {
    process.off('exit', lastResort);
    await stopRelay(relay.child);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
