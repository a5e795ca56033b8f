import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, DEFAULT_SESSION } from '../schema/types';
import { BoardInputError } from '../schema/validate';
import { initBoard, readMeta, readSettings, setBoardLanguage, setTitle } from './board';
import { migrateBoard, SchemaVersionError, type Migration } from './migrations';
import { metaMap, sessionMap } from './access';
import { readSession, updateSession } from './session';
import { readPerson, setPerson } from './people';
import { createNote } from './notes';
import { castVote, voterSpending } from './votes';
import { startRound } from './phases';
import { computeTally } from '../tally/compute';

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
      language: 'en',
    });
    setTitle(doc, 'Renamed');
    expect(readMeta(doc)?.title).toBe('Renamed');
  });
});

describe('the board language', () => {
  it('is set when the board is created, and the facilitator may change it', () => {
    const doc = new Y.Doc();
    expect(readSettings(doc).language).toBe('en');
    initBoard(doc, { title: 'Sprint', language: 'ar', now: 1 });
    expect(readSettings(doc)).toEqual({ anonymous: false, language: 'ar' });
    expect(readMeta(doc)?.language).toBe('ar');
    setBoardLanguage(doc, 'fr');
    expect(readSettings(doc).language).toBe('fr');
  });

  it('reads as English when unset, and whatever else a client wrote there reads as English without throwing', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Sprint', now: 1 });
    expect(metaMap(doc).has('language')).toBe(false);
    expect(readSettings(doc).language).toBe('en');
    for (const hostile of [42, 'xx', 'FR', 'fr-CA', '', null, true, { code: 'fr' }, ['ru'], 'constructor']) {
      metaMap(doc).set('language', hostile);
      expect(readSettings(doc).language, JSON.stringify(hostile)).toBe('en');
      expect(readMeta(doc)?.language).toBe('en');
    }
    metaMap(doc).set('language', new Y.Map() as never);
    expect(readSettings(doc).language).toBe('en');
  });

  it('refuses to write a code that is not one of the six', () => {
    const doc = new Y.Doc();
    expect(() => initBoard(doc, { title: 'x', language: 'xx' as never })).toThrow(/ar, zh, en, fr, ru, es/);
    initBoard(doc, { title: 'x' });
    expect(() => setBoardLanguage(doc, 'de' as never)).toThrow(BoardInputError);
    expect(readSettings(doc).language).toBe('en');
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
    expect(metaMap(doc).toJSON()).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      userIds: 1,
      anonymous: false,
      title: 'old',
    });
  });

  it('keeps the votes of a board from before rounds as its votes outside rounds (schema v2 → v3)', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', 2);
    metaMap(doc).set('userIds', 2);
    createNote(doc, { x: 0, y: 0, text: 'old idea' }, { authorId: 'amina', id: 'n1', now: 1 });
    castVote(doc, 'bruno', { noteId: 'n1', x: 1, y: 1 }, { id: 'd1', now: 2 });
    // v2 had phase names but no flow: a board left in "vote" would now hold participants to a round that never began.
    sessionMap(doc).set('phase', 'vote');
    expect(migrateBoard(doc)).toBe(2);
    expect(metaMap(doc).get('schemaVersion')).toBe(3);
    expect(readSession(doc)).toMatchObject({ phase: 'open', roundId: null, dotsOn: 'anywhere' });
    // The old dot still counts, and still spends Bruno's budget while no round runs.
    expect(computeTally(doc).notes.get('n1')).toEqual({ votes: 1, voters: 1 });
    expect(voterSpending(doc, 'bruno').spent).toBe(1);
    // A first round starts with a fresh budget; the old dot stays in the votes outside rounds.
    startRound(doc, { now: 10 });
    expect(voterSpending(doc, 'bruno').spent).toBe(0);
    expect(computeTally(doc).totalVotes).toBe(0);
    expect(computeTally(doc, { round: null }).totalVotes).toBe(1);
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
