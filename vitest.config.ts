import { defineConfig } from 'vitest/config';

// One Vitest run covers every package: each package is a project, so `pnpm test` at the root runs them all.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'board',
          root: './packages/board',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'relay',
          root: './apps/relay',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          // Integration tests start real servers and child processes.
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // Garbage collection on the main thread only: its parallel phases make the main thread wait for helper
          // threads, which on a busy 2-core machine may wait for a CPU themselves, and the fuzz test would count
          // that as the relay stalling its event loop. On one thread, GC is time on a CPU like any other work.
          execArgv: ['--single-threaded-gc'],
        },
      },
      {
        test: {
          name: 'web',
          root: './apps/web',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
          passWithNoTests: true,
        },
      },
      {
        // The benchmark harness's own logic (reading the relay's metrics); the benchmarks themselves run with `pnpm bench`.
        test: {
          name: 'bench',
          root: './bench',
          include: ['**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        // End-to-end: the built web app served by the real relay, driven in headless Chromium. Never skipped: a missing
        // browser is installed (root on Debian/Ubuntu) or fails the run with what to do (e2e/support/chromium.ts).
        test: {
          name: 'e2e',
          root: './e2e',
          include: ['**/*.e2e.test.ts'],
          // Builds apps/web once and starts one relay for all e2e files.
          globalSetup: ['./support/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser-heavy file at a time keeps timings stable on small CI machines.
          fileParallelism: false,
        },
      },
    ],
  },
});
