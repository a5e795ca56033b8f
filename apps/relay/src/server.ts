import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openStorage } from './storage/open-storage';
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
  let storage;
  try {
    storage = await openStorage(config);
  } catch (error) {
    console.error(`notevote relay: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { store, directory, images, events, secret } = storage;
  let app;
  try {
    app = await buildApp({
      config,
      store,
      directory,
      images,
      events,
      secret,
      readinessChecks: [storageReadiness(config.databaseUrl === null ? 'sqlite' : 'postgresql', store, directory)],
    });
  } catch (error) {
    console.error(`notevote relay: ${error instanceof Error ? error.message : String(error)}`);
    await storage.close();
    process.exit(1);
  }
  for (const problem of storage.warnings) {
    app.log.warn(
      { problem },
      "could not make a file in DATA_DIR readable by the relay's user only; fix its owner or permissions (0600 files, 0700 folder)",
    );
  }

  stopGracefullyOnSignals({
    app,
    release: [() => storage.close()],
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
    await storage.close();
    process.exit(1);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  app.log.info({ storage: storage.describe }, 'boards are stored in');
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
