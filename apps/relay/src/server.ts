import path from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openSqliteThreadStore } from './storage/sqlite-thread-store';
import { openSqliteDirectory } from './storage/sqlite-directory';
import { loadServerSecret } from './auth/server-secret';
import { prepareDataDir } from './storage/private-files';
import { lanIPv4Addresses } from './http/public-origin';
import { startupLines } from './http/startup-lines';
import { stopGracefullyOnSignals } from './ops/graceful-stop';
import { MetricsListenError } from './ops/metrics-listener';
import { storageReadiness } from './ops/storage-readiness';

/** Entry point: environment → store → app → listen, and a graceful stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`notevote relay: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const dbPath = path.join(config.dataDir, 'notevote.db');
  // Owner-only, before anything is written in it; the database files are tightened when they are opened.
  let untightened: string[];
  try {
    untightened = prepareDataDir(config.dataDir, ['server-secret']);
  } catch (error) {
    console.error(
      `notevote relay: could not prepare DATA_DIR ${config.dataDir}: ${error instanceof Error ? error.message : String(error)}. ` +
        "Check that it is a directory the relay's user can create and write.",
    );
    process.exit(1);
  }
  // Commits and fsyncs run on a storage thread, so a slow disk never stops the relay from relaying.
  const store = openSqliteThreadStore({ path: dbPath, groupCommitMs: config.groupCommitMs });
  try {
    await store.ready;
  } catch (error) {
    console.error(`notevote relay: ${error instanceof Error ? error.message : String(error)}`);
    await store.close();
    process.exit(1);
  }
  const directory = openSqliteDirectory({ path: dbPath });
  const secret = loadServerSecret(config.dataDir);
  const app = await buildApp({
    config,
    store,
    directory,
    secret,
    readinessChecks: [storageReadiness('sqlite', store, directory)],
  });
  for (const problem of untightened) {
    app.log.warn(
      { problem },
      "could not make a file in DATA_DIR readable by the relay's user only; fix its owner or permissions (0600 files, 0700 folder)",
    );
  }

  stopGracefullyOnSignals({
    app,
    release: [() => store.close(), () => directory.close()],
    timeoutMs: config.shutdownTimeoutMs,
    log: app.log,
  });

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === 'EADDRINUSE' ? `port ${config.port} is in use: set PORT to a free port` : 'check HOST and PORT';
    app.log.error(
      { err: error },
      error instanceof MetricsListenError
        ? error.message
        : `could not listen on ${config.host}:${config.port}: ${hint}`,
    );
    await store.close();
    process.exit(1);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  app.log.info({ dataDir: config.dataDir }, 'board data directory');
  const lines = startupLines({
    listenHost: config.host,
    port,
    servesWebApp: config.webRoot !== null,
    publicUrl: config.publicUrl,
    lanAddresses: lanIPv4Addresses(),
  });
  for (const line of lines) console.log(line);
}

void main();
