// `pnpm dev`: the relay (restarts on change) and the Vite dev server (hot reload) side by side.
// Vite proxies /ws, /api and /healthz to the relay, so open the Vite URL.
import { spawn } from 'node:child_process';

const relayPort = process.env.PORT ?? '8787';
// The relay serves no web app in development (WEB_ROOT empty): Vite serves the live source instead.
const env = {
  ...process.env,
  PORT: relayPort,
  RELAY_PORT: relayPort,
  DATA_DIR: process.env.DATA_DIR ?? 'data',
  WEB_ROOT: '',
};
const children = [
  spawn('pnpm', ['--filter', '@notevote/relay', 'dev'], { stdio: 'inherit', env }),
  spawn('pnpm', ['--filter', '@notevote/web', 'dev'], { stdio: 'inherit', env }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
