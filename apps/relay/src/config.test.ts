import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults: generous creation limits, no key, boards kept forever, no proxy trusted', () => {
    expect(loadConfig({})).toMatchObject({
      createPerHour: 60,
      createBurst: 10,
      createKey: null,
      boardRetentionDays: null,
      trustProxy: false,
      publicUrl: null,
    });
  });

  it('reads PUBLIC_URL as an origin, and refuses anything links could not carry', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://sprint.example.org' }).publicUrl).toBe('https://sprint.example.org');
    expect(loadConfig({ PUBLIC_URL: 'http://192.168.1.20:8787/' }).publicUrl).toBe('http://192.168.1.20:8787');
    expect(loadConfig({ PUBLIC_URL: ' https://Sprint.Example.org:443 ' }).publicUrl).toBe('https://sprint.example.org');
    for (const bad of [
      'sprint.example.org',
      'ftp://sprint.example.org',
      'https://sprint.example.org/notevote',
      'https://sprint.example.org/?x=1',
      'https://sprint.example.org/#top',
      'https://user:pw@sprint.example.org',
      'http://',
    ]) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL must be the address people open/);
    }
  });

  it('reads the creation limits, the key, retention and the trusted proxies', () => {
    const config = loadConfig({
      CREATE_PER_HOUR: '120',
      CREATE_BURST: '30',
      CREATE_KEY: 'a-long-enough-key',
      BOARD_RETENTION_DAYS: '90',
      TRUST_PROXY: '127.0.0.1,10.0.0.0/8',
    });
    expect(config).toMatchObject({
      createPerHour: 120,
      createBurst: 30,
      createKey: 'a-long-enough-key',
      boardRetentionDays: 90,
      trustProxy: '127.0.0.1,10.0.0.0/8',
    });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('reads the upload limits (UPLOADS_PER_HOUR, UPLOAD_BURST), generous by default', () => {
    expect(loadConfig({})).toMatchObject({ uploadsPerHour: 300, uploadBurst: 60 });
    expect(loadConfig({ UPLOADS_PER_HOUR: '20', UPLOAD_BURST: '5' })).toMatchObject({
      uploadsPerHour: 20,
      uploadBurst: 5,
    });
    expect(() => loadConfig({ UPLOAD_BURST: '0' })).toThrow(/UPLOAD_BURST must be a whole number from 1/);
  });

  it('admits 2,000 people on one board behind one address, each with several sockets, without tuning', () => {
    const config = loadConfig({});
    // The web app opens two sockets per person (the board and their private document), more with a second tab.
    const plenarySockets = 2_000 * 2;
    expect(config.maxConnectionsPerBoard).toBeGreaterThanOrEqual(2 * plenarySockets);
    expect(config.maxConnectionsPerAddress).toBeGreaterThanOrEqual(config.maxConnectionsPerBoard);
    // All of them may reconnect at once after the venue's Wi-Fi drops.
    expect(config.connectionBurst).toBeGreaterThan(plenarySockets);
    expect(config.maxConnectionsPerDevice).toBeGreaterThanOrEqual(2 * 2);
    expect(config.deviceConnectionBurst).toBeGreaterThanOrEqual(config.maxConnectionsPerDevice);
    expect(config).toMatchObject({
      maxConnectionsPerBoard: 10_000,
      maxConnectionsPerAddress: 10_000,
      maxConnectionsPerDevice: 16,
      connectionsPerSecond: 50,
      connectionBurst: 5_000,
      deviceConnectionsPerMinute: 60,
      deviceConnectionBurst: 20,
    });
  });

  it('reads the connection limits and refuses values outside their ranges', () => {
    expect(
      loadConfig({
        MAX_CONNECTIONS_PER_BOARD: '300',
        MAX_CONNECTIONS_PER_ADDRESS: '400',
        MAX_CONNECTIONS_PER_DEVICE: '4',
        CONNECTIONS_PER_SECOND: '5',
        CONNECTION_BURST: '100',
        DEVICE_CONNECTIONS_PER_MINUTE: '10',
        DEVICE_CONNECTION_BURST: '6',
      }),
    ).toMatchObject({
      maxConnectionsPerBoard: 300,
      maxConnectionsPerAddress: 400,
      maxConnectionsPerDevice: 4,
      connectionsPerSecond: 5,
      connectionBurst: 100,
      deviceConnectionsPerMinute: 10,
      deviceConnectionBurst: 6,
    });
    // A device needs two sockets at least: the board and the person's private document.
    expect(() => loadConfig({ MAX_CONNECTIONS_PER_DEVICE: '1' })).toThrow(/MAX_CONNECTIONS_PER_DEVICE must be a whole/);
    expect(() => loadConfig({ DEVICE_CONNECTION_BURST: '1' })).toThrow(/DEVICE_CONNECTION_BURST must be a whole/);
    expect(() => loadConfig({ CONNECTIONS_PER_SECOND: '0' })).toThrow(/CONNECTIONS_PER_SECOND must be a whole/);
    expect(() => loadConfig({ CONNECTION_BURST: 'many' })).toThrow(/CONNECTION_BURST must be a whole/);
  });

  it('says what is wrong with a bad value', () => {
    expect(() => loadConfig({ CREATE_KEY: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ CREATE_KEY: 'short' })).toThrow(/CREATE_KEY must be at least 12/);
    expect(() => loadConfig({ BOARD_RETENTION_DAYS: '0' })).toThrow(/BOARD_RETENTION_DAYS must be a whole number/);
    expect(() => loadConfig({ CREATE_BURST: 'lots' })).toThrow(/CREATE_BURST/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY must be true, false/);
  });

  it('keeps boards in SQLite unless DATABASE_URL names a PostgreSQL database', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: null, databaseSchema: 'public' });
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeNull();
    const url = 'postgres://notevote:pw@db.example.org:5432/notevote';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/notevote' }).databaseUrl).toBe('postgresql://db/notevote');
    expect(loadConfig({ DATABASE_SCHEMA: 'notevote_prod' }).databaseSchema).toBe('notevote_prod');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, without repeating it (it may hold a password)', () => {
    for (const bad of [
      'mysql://root:s3cret@db/notevote',
      'db.example.org:5432',
      'postgres://s3cret@[bad',
      'redis://h',
    ]) {
      expect(() => loadConfig({ DATABASE_URL: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_URL: bad }), bad).toThrow(
        /DATABASE_URL must be a PostgreSQL connection URL starting with postgres:\/\/ or postgresql:\/\//,
      );
      expect(() => loadConfig({ DATABASE_URL: bad }), bad).not.toThrow(/s3cret/);
    }
    expect(() => loadConfig({ DATABASE_SCHEMA: 'Prod-1' })).toThrow(/DATABASE_SCHEMA must be lowercase letters/);
  });

  it('runs one instance on its own unless REDIS_URL is set, and then wants shared PostgreSQL storage', () => {
    expect(loadConfig({})).toMatchObject({ redisUrl: null, redisPrefix: 'notevote:', leaseMs: 6_000 });
    const scaledOut = loadConfig({
      REDIS_URL: 'redis://:s3cret@cache:6379/0',
      DATABASE_URL: 'postgres://db/notevote',
      REDIS_PREFIX: 'sprint-a:',
      LEASE_MS: '3000',
    });
    expect(scaledOut).toMatchObject({
      redisUrl: 'redis://:s3cret@cache:6379/0',
      redisPrefix: 'sprint-a:',
      leaseMs: 3_000,
    });
    expect(() => loadConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow(/REDIS_URL is set but DATABASE_URL is not/);
    for (const bad of ['http://cache', 'cache:6379', 'redis//:s3cret@x']) {
      expect(() => loadConfig({ REDIS_URL: bad, DATABASE_URL: 'postgres://db/x' }), bad).toThrow(/REDIS_URL must be/);
      expect(() => loadConfig({ REDIS_URL: bad, DATABASE_URL: 'postgres://db/x' }), bad).not.toThrow(/s3cret/);
    }
    expect(() => loadConfig({ REDIS_PREFIX: 'has space' })).toThrow(/REDIS_PREFIX may hold/);
    expect(() => loadConfig({ LEASE_MS: '10' })).toThrow(/LEASE_MS must be a whole number from 300/);
  });

  it('keeps metrics private unless a token or a separate listener is set, and drains for 10 s by default', () => {
    expect(loadConfig({})).toMatchObject({
      metricsToken: null,
      metricsPort: null,
      metricsHost: '127.0.0.1',
      shutdownTimeoutMs: 10_000,
    });
    expect(
      loadConfig({
        METRICS_TOKEN: 'a-scraper-token-of-24-chars',
        METRICS_PORT: '9464',
        METRICS_HOST: '10.0.0.5',
        SHUTDOWN_TIMEOUT_MS: '30000',
      }),
    ).toMatchObject({
      metricsToken: 'a-scraper-token-of-24-chars',
      metricsPort: 9464,
      metricsHost: '10.0.0.5',
      shutdownTimeoutMs: 30_000,
    });
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsHost).toBe('127.0.0.1');
  });

  it('says what is wrong with a bad metrics or shutdown setting', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'fifteen-chars!!' })).toThrow(/METRICS_TOKEN must be at least 16/);
    expect(() => loadConfig({ METRICS_TOKEN: 'sixteen chars with space' })).toThrow(/without spaces/);
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT must be a whole number from 1 to 65535/);
    expect(() => loadConfig({ PORT: '9000', METRICS_PORT: '9000' })).toThrow(/METRICS_PORT must differ from PORT/);
    expect(() => loadConfig({ METRICS_HOST: '0.0.0.0' })).toThrow(/METRICS_HOST is set but METRICS_PORT is not/);
    expect(() => loadConfig({ METRICS_PORT: '9464', METRICS_HOST: 'http://x/' })).toThrow(/METRICS_HOST must be/);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: 'soon' })).toThrow(/SHUTDOWN_TIMEOUT_MS must be a whole number/);
  });
});
