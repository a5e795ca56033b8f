import { TallyTracker, computeTally, tallyPhases, voterVotes } from '@notevote/board';
import { Doc as YDoc, applyUpdate, encodeStateAsUpdate } from 'yjs';
import type * as Y from 'yjs';
import { buildVotedBoard, seededRandom, type VotedBoard } from './fixtures';
import { collectGarbage, measure, summarize, type MeasureOptions, type Timing } from './measure';
import { walkDotFields, walkNoteFields, walkTallyFields } from './tally-floor';

export interface TallyResults {
  notes: number;
  voters: number;
  votes: number;
  full: Timing;
  /** The Yjs walk alone: every note and dot item read, nothing counted (walkTallyFields), sampled as `full`. */
  floor: Timing;
  /**
   * The first computeTally, and the first floor walk, on a document just loaded from an update (a fresh one per
   * sample): what a joining client pays once. Beside the hot runs it adds V8 hashing the document's strings for
   * the first time and collecting the garbage the load left (a second tally right after the first was measured still
   * well above the hot runs, so the load's garbage is a large part of the gap, not only the hashing).
   */
  firstFull: Timing;
  firstFloor: Timing;
  /** computeTally's phases, each timed alone on the same document, over and over. */
  phases: TallyPhaseTimings;
  /** The same phases run once each, in order, on freshly loaded documents (one per sample), as a first call runs them. */
  firstPhases: TallyPhaseTimings;
  trackerScan: Timing;
  /** One dot cast in its own transaction on the large board, without and with a TallyTracker observing it. */
  castWithoutTracker: Timing;
  castWithTracker: Timing;
}

/** A full tally from the document, and what a TallyTracker adds to casting one vote on the same large board. */
export function benchTally(smoke: boolean, log: (line: string) => void): TallyResults {
  const size = smoke ? { notes: 200, voters: 400, votesEach: 5 } : { notes: 10_000, voters: 20_000, votesEach: 5 };
  log(`tally: building a board of ${size.notes} notes and ${size.voters * size.votesEach} votes`);
  const board = buildVotedBoard(size, 11);

  const fullOptions = smoke ? { warmup: 2, samples: 5 } : { warmup: 10, samples: 60 };
  log('tally: computeTally from the document');
  const full = measure(() => computeTally(board.doc), fullOptions);
  log('tally: the floor, a walk over every note and dot item reading the fields a tally needs');
  const floor = measure(() => walkTallyFields(board.doc), fullOptions);
  log('tally: the first computeTally and the first floor walk on freshly loaded documents');
  // The board as loaded, before the casts below add their dots to it.
  const update = encodeStateAsUpdate(board.doc);
  const { firstFull, firstFloor } = benchFirstCalls(update, smoke ? 2 : 7);
  log('tally: computeTally phase by phase');
  const phases = benchPhases(board.doc, fullOptions);

  log('tally: TallyTracker construction (its initial scan)');
  const trackerScan = measure(
    () => new TallyTracker(board.doc).destroy(),
    smoke ? { warmup: 1, samples: 3 } : { warmup: 3, samples: 20 },
  );

  log('tally: one vote cast, without and with a tracker');
  const castOptions = smoke ? { warmup: 2, samples: 5, batch: 50 } : { warmup: 20, samples: 200, batch: 100 };
  const castWithoutTracker = measure(castBatch(board, castOptions.batch, 'plain'), castOptions);
  const tracker = new TallyTracker(board.doc);
  const castWithTracker = measure(castBatch(board, castOptions.batch, 'tracked'), castOptions);
  tracker.destroy();

  log('tally: computeTally phase by phase on freshly loaded documents');
  const firstPhases = benchFirstPhases(update, smoke ? 2 : 7);

  return {
    ...size,
    votes: board.votes,
    full,
    floor,
    firstFull,
    firstFloor,
    phases,
    firstPhases,
    trackerScan,
    castWithoutTracker,
    castWithTracker,
  };
}

/**
 * Casts `batch` dots, each in its own transaction, as castVote writes them once its rules pass (the rules read
 * the document, not the tracker, so they are left out). Existing voters vote on the board's notes (1% of them
 * deleted, as in the fixture), so nearly every dot changes a note's, a cluster's and a voter's counts.
 */
function castBatch(board: VotedBoard, batch: number, label: string): () => void {
  const random = seededRandom(label.length);
  let serial = 0;
  return () => {
    for (let i = 0; i < batch; i++) {
      const voterId = board.voterIds[Math.floor(random() * board.voterIds.length)]!;
      const noteId = board.noteIds[Math.floor(random() * board.noteIds.length)]!;
      const dots = voterVotes(board.doc, voterId)!;
      board.doc.transact(() => dots.set(`${label}-${serial++}`, { noteId, x: 10, y: 10, at: serial }));
    }
  };
}

/**
 * Each sample loads a new document from the board's update (untimed) and times one call on it; the calls alternate,
 * so neighbour noise falls on both alike. The collection that clears the previous sample's document runs before the
 * load, not between load and call: right after a full collection its concurrent sweeping slowed the next tens of
 * milliseconds of any code (measured: a bare walk 2-4 times as slow), which would be timed as the call's.
 */
function benchFirstCalls(update: Uint8Array, samples: number): { firstFull: Timing; firstFloor: Timing } {
  const full: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < samples; i++) {
    full.push(...timeFirstCalls(update, [computeTally]));
    floor.push(...timeFirstCalls(update, [walkTallyFields]));
  }
  return { firstFull: summarize(full), firstFloor: summarize(floor) };
}

/**
 * The first calls' profile: computeTally's phases run once each, in order, on freshly loaded documents (one per
 * sample, as benchFirstCalls loads them), and the floor's two halves likewise. Run last, so the documents it loads
 * leave no garbage for any other measurement to collect.
 */
function benchFirstPhases(update: Uint8Array, samples: number): TallyPhaseTimings {
  const loaded = new YDoc();
  applyUpdate(loaded, update);
  const { round, votesPerPerson } = computeTally(loaded);
  loaded.destroy();
  const phases: Record<keyof TallyPhaseTimings, number[]> = {
    scanNotes: [],
    countDots: [],
    rankAndOutput: [],
    floorNotes: [],
    floorDots: [],
  };
  for (let i = 0; i < samples; i++) {
    let notes: tallyPhases.NoteTable | undefined;
    let counts: tallyPhases.DotCounts | undefined;
    const [scanNotes, countDots, rankAndOutput] = timeFirstCalls(update, [
      (fresh) => (notes = tallyPhases.readNoteTable(fresh)),
      (fresh) => (counts = tallyPhases.countDots(fresh, notes!, round)),
      () => tallyPhases.tallyOfCounts(notes!, round, counts!, votesPerPerson),
    ]);
    const [floorNotes, floorDots] = timeFirstCalls(update, [walkNoteFields, walkDotFields]);
    phases.scanNotes.push(scanNotes!);
    phases.countDots.push(countDots!);
    phases.rankAndOutput.push(rankAndOutput!);
    phases.floorNotes.push(floorNotes!);
    phases.floorDots.push(floorDots!);
  }
  return {
    scanNotes: summarize(phases.scanNotes),
    countDots: summarize(phases.countDots),
    rankAndOutput: summarize(phases.rankAndOutput),
    floorNotes: summarize(phases.floorNotes),
    floorDots: summarize(phases.floorDots),
  };
}

/** Loads a new document from `update` and times each of `runs` on it, one after another: the time of each. */
function timeFirstCalls(update: Uint8Array, runs: ((doc: Y.Doc) => unknown)[]): number[] {
  collectGarbage();
  const doc = new YDoc();
  applyUpdate(doc, update);
  const times = runs.map((run) => {
    const start = performance.now();
    run(doc);
    return performance.now() - start;
  });
  doc.destroy();
  return times;
}

export interface TallyPhaseTimings {
  /** readNoteTable: every note's id, createdAt and cluster. */
  scanNotes: Timing;
  /** countDots: a walk over the votes validating each dot, then a pass looking up and counting what it listed. */
  countDots: Timing;
  /** tallyOfCounts: ranking and the output Maps. */
  rankAndOutput: Timing;
  /** The floor's halves: the walks the first two phases cannot avoid (see tally-floor.ts). */
  floorNotes: Timing;
  floorDots: Timing;
}

/**
 * computeTally's phases, each run alone, over and over, on inputs the earlier phases produced once, beside the
 * floor's halves: where a full tally's time goes, and how far each phase is above the walk it must make. Each phase
 * runs hot in its own loop, so the sum can differ a little from one whole tally.
 */
function benchPhases(doc: Y.Doc, options: MeasureOptions): TallyPhaseTimings {
  const { round, votesPerPerson } = computeTally(doc);
  const notes = tallyPhases.readNoteTable(doc);
  const counts = tallyPhases.countDots(doc, notes, round);
  return {
    scanNotes: measure(() => tallyPhases.readNoteTable(doc), options),
    countDots: measure(() => tallyPhases.countDots(doc, notes, round), options),
    rankAndOutput: measure(() => tallyPhases.tallyOfCounts(notes, round, counts, votesPerPerson), options),
    floorNotes: measure(() => walkNoteFields(doc), options),
    floorDots: measure(() => walkDotFields(doc), options),
  };
}
