import type * as Y from 'yjs';
import { SCHEMA_VERSION } from '../schema/types';
import { metaMap, sessionMap } from './access';

/**
 * One schema step. `up` runs inside a transaction and must be idempotent: two clients may migrate the same
 * document concurrently, and their changes merge.
 */
export interface Migration {
  /** The version this migration produces; it upgrades from `version - 1`. */
  version: number;
  up(doc: Y.Doc): void;
}

/** Migrations for the released schema versions, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // v2: user ids became per board. A board from before keeps the global derivation, so nobody on it gets a fresh id
    // (and a fresh budget); it stays a named board. The new budget contract needs no data change.
    version: 2,
    up(doc) {
      const meta = metaMap(doc);
      if (!meta.has('userIds')) meta.set('userIds', 1);
      if (!meta.has('anonymous')) meta.set('anonymous', false);
    },
  },
  {
    // v3: rounds. Dots from before carry no round: they are the board's votes outside rounds, as they were, and keep
    // spending the budget while no round runs. A phase set without a round (v2 had the names, not the flow) would
    // now restrict participants with no round to show for it, so such a board goes back to open.
    version: 3,
    up(doc) {
      const session = sessionMap(doc);
      const phase = session.get('phase');
      if (phase !== undefined && phase !== 'open' && typeof session.get('roundId') !== 'string') {
        session.set('phase', 'open');
      }
    },
  },
];

export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError';
}

/** Checks that migration versions go up by exactly one from 2 to `target`. */
function assertMigrationChain(migrations: readonly Migration[], target: number): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 2) {
      throw new SchemaVersionError(`migration #${index} has version ${migration.version}; expected ${index + 2}`);
    }
  });
  if (migrations.length !== target - 1) {
    throw new SchemaVersionError(
      `migrations reach version ${migrations.length + 1} but the schema is version ${target}`,
    );
  }
}

/**
 * Brings a board document up to `target` (default: this package's schema version) by running every migration
 * above its stored `meta.schemaVersion`. Documents without a version (not initialised yet) are left alone.
 * Returns the version the document was at before.
 */
export function migrateBoard(
  doc: Y.Doc,
  options: { migrations?: readonly Migration[]; target?: number; origin?: unknown } = {},
): number | null {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = options.target ?? SCHEMA_VERSION;
  assertMigrationChain(migrations, target);
  const meta = metaMap(doc);
  const stored = meta.get('schemaVersion');
  if (stored === undefined) return null;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) {
    throw new SchemaVersionError(`meta.schemaVersion is ${JSON.stringify(stored)}; the board document is malformed`);
  }
  if (stored > target) {
    throw new SchemaVersionError(
      `this board uses schema version ${stored}, newer than this notevote's ${target}; upgrade notevote to open it`,
    );
  }
  if (stored === target) return stored;
  doc.transact(() => {
    for (const migration of migrations.slice(stored - 1)) migration.up(doc);
    meta.set('schemaVersion', target);
  }, options.origin ?? 'migration');
  return stored;
}
