import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths';

const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

export interface RunningRelay {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  /** e.g. ws://127.0.0.1:41234/ws */
  wsUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real relay entry point (as `pnpm start` would, but from source through tsx) on a free port with an empty
 * data directory, serving the built web app. The fixed secret only signs this run's throwaway links.
 */
export function startRelay(): Promise<RunningRelay> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'notevote-bench-canvas-'));
  // From apps/relay, whose node_modules hold tsx; `--import` keeps the server in this one child process.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: path.join(repoRoot, 'apps', 'relay'),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NOTEVOTE_SECRET: 'bench-canvas-not-a-real-secret-0123456789',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () => stopChild(child).finally(() => rmSync(dataDir, { recursive: true, force: true }));
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop();
      reject(new Error(`the relay ${why}; its output:\n${output || '(none)'}`));
    };
    const timer = setTimeout(() => fail(`did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /notevote is running: open http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match?.[1] && !settled) {
        settled = true;
        clearTimeout(timer);
        const origin = `http://127.0.0.1:${match[1]}`;
        resolve({ origin, wsUrl: `ws://127.0.0.1:${match[1]}/ws`, stop });
      }
    });
    // Keep draining stderr: a full pipe would block the relay.
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => fail(`could not be spawned (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`}) before listening`));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
