import type { FastifyBaseLogger } from 'fastify';

/** A logger that says nothing, for tests of rooms and documents that log what they refuse. */
export const silentLogger: FastifyBaseLogger = {
  level: 'silent',
  fatal: () => undefined,
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  trace: () => undefined,
  silent: () => undefined,
  child: () => silentLogger,
} as unknown as FastifyBaseLogger;
