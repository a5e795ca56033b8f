import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, DEFAULT_SESSION } from '../schema/types';
import { initBoard, readMeta, setTitle } from './board';
import { migrateBoard, SchemaVersionError, type Migration } from './migrations';
import { metaMap, sessionMap } from './access';
import { readSession, updateSession } from './session';
import { readPerson, setPerson } from './people';

describe('board meta', () => {
  it('initialises meta once and keeps the first values', () => {
    const doc = new Y.Doc();
    expect(readMeta(doc)).toBeNull();
    initBoard(doc, { title: '  Cybercrime sprint  ', now: 42 });
    initBoard(doc, { title: 'other', now: 99 });
    expect(readMeta(doc)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      title: 'Cybercrime sprint',
      createdAt: 42,
      userIds: 2,
      anonymous: false,
    });
    setTitle(doc, 'Renamed');
    expect(readMeta(doc)?.title).toBe('Renamed');
  });
});

describe('migrations', () => {
  const toV2: Migration = { version: 2, up: (doc) => metaMap(doc).set('migratedTo2', true) };
  const toV3: Migration = { version: 3, up: (doc) => metaMap(doc).set('migratedTo3', true) };

  it('keeps the global user ids of a board from before per-board ids (schema v1 → v2)', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', 1);
    metaMap(doc).set('title', 'old');
    expect(readMeta(doc)).toMatchObject({ userIds: 1, anonymous: false });
    expect(migrateBoard(doc)).toBe(1);
    expect(metaMap(doc).toJSON()).toMatchObject({ schemaVersion: 2, userIds: 1, anonymous: false, title: 'old' });
  });

  it('runs every migration above the stored version, in order', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', 1);
    expect(migrateBoard(doc, { migrations: [toV2, toV3], target: 3 })).toBe(1);
    expect(metaMap(doc).toJSON()).toMatchObject({ schemaVersion: 3, migratedTo2: true, migratedTo3: true });
    expect(migrateBoard(doc, { migrations: [toV2, toV3], target: 3 })).toBe(3);
  });

  it('starts from the stored version', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', 2);
    migrateBoard(doc, { migrations: [toV2, toV3], target: 3 });
    expect(metaMap(doc).get('migratedTo2')).toBeUndefined();
    expect(metaMap(doc).get('migratedTo3')).toBe(true);
  });

  it('refuses boards from a newer version with a message saying to upgrade', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    expect(() => migrateBoard(doc)).toThrow(/upgrade notevote/);
  });

  it('rejects a migration chain with a gap', () => {
    const doc = new Y.Doc();
    expect(() => migrateBoard(doc, { migrations: [toV3], target: 2 })).toThrow(SchemaVersionError);
  });

  it('leaves an uninitialised document alone', () => {
    const doc = new Y.Doc();
    expect(migrateBoard(doc)).toBeNull();
    expect(metaMap(doc).size).toBe(0);
  });
});

describe('session and people', () => {
  it('falls back to defaults for missing or malformed session values', () => {
    const doc = new Y.Doc();
    expect(readSession(doc)).toEqual(DEFAULT_SESSION);
    sessionMap(doc).set('votesPerPerson', -3);
    sessionMap(doc).set('phase', 'dancing');
    expect(readSession(doc)).toEqual(DEFAULT_SESSION);
    updateSession(doc, { votesPerPerson: 7, allowStacking: true, phase: 'vote' });
    expect(readSession(doc)).toMatchObject({ votesPerPerson: 7, allowStacking: true, phase: 'vote' });
    expect(() => updateSession(doc, { votesPerPerson: 1.5 })).toThrow(/whole number/);
  });

  it('stores a trimmed display name and colour per user', () => {
    const doc = new Y.Doc();
    setPerson(doc, 'u1', { name: '  Amina ', color: '#ff0000' });
    expect(readPerson(doc, 'u1')).toEqual({ name: 'Amina', color: '#ff0000' });
    expect(() => setPerson(doc, 'u1', { name: '  ', color: '#ff0000' })).toThrow(/cannot be empty/);
    expect(readPerson(doc, 'nobody')).toBeNull();
  });
});
