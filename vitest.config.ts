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
    ],
  },
});
