import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian, Ubuntu and Google's packages put the browser. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const HOW_TO_FIX =
  'End-to-end tests need Chromium and are never skipped. Either install it (as root on Debian/Ubuntu: ' +
  '`apt-get install -y chromium`) or point CHROMIUM_PATH at a Chrome/Chromium binary ' +
  '(`CHROMIUM_PATH=/path/to/chrome pnpm test`).';

function firstInstalled(): string | undefined {
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

function canAptInstall(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

/** Runs apt-get with its output visible, so a slow or failing install is not a silent hang. */
function apt(args: string[]): boolean {
  try {
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium binary to drive. A fresh CI machine has no browser, so as root on Debian/Ubuntu we install the distro
 * package instead of skipping: a skipped e2e suite would let a broken app pass CI.
 */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file exists there. ${HOW_TO_FIX}`);
  }
  const found = firstInstalled();
  if (found) return found;
  if (canAptInstall()) {
    console.warn('e2e: no Chromium found; installing the Debian package (apt-get install -y chromium)');
    // The package index of a fresh image is often empty or stale, so refresh it only when the first try fails. Retry
    // even if the update reports an error: one unreachable mirror fails it while the rest of the index is fine.
    let ok = apt(['install', '-y', 'chromium']);
    if (!ok) {
      apt(['update']);
      ok = apt(['install', '-y', 'chromium']);
    }
    const installed = firstInstalled();
    if (installed) return installed;
    const what = ok
      ? `apt-get installed chromium, but it is not at ${CANDIDATES.join(', ')}`
      : 'apt-get install failed';
    throw new Error(`${what} (see the apt-get output above). ${HOW_TO_FIX}`);
  }
  throw new Error(`No Chromium found at ${CANDIDATES.join(', ')}. ${HOW_TO_FIX}`);
}

/**
 * Launches headless Chromium with everything that phones home switched off, so the only traffic is the app's own
 * (the landing test asserts exactly that) and runs do not depend on Google's servers. `extraArgs` adds switches, e.g.
 * `--host-resolver-rules=MAP notevote.test 127.0.0.1` to reach the relay under a name that is not localhost.
 */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--headless',
      // Containers and CI often run as root, where Chromium's sandbox cannot start.
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
