import { TallyTracker, computeTally, tallyPhases, voterVotes } from '@notevote/board';
import { Doc as YDoc, applyUpdate, encodeStateAsUpdate } from 'yjs';
import type * as Y from 'yjs';
import { buildVotedBoard, seededRandom, type VotedBoard } from './fixtures';
import { collectGarbage, measure, summarize, type MeasureOptions, type Timing } from './measure';
import { walkTallyFields } from './tally-floor';

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
  /** computeTally's phases, each timed alone on the same document. */
  phases: TallyPhaseTimings;
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
  const { firstFull, firstFloor } = benchFirstCalls(board.doc, smoke ? 2 : 7);
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

  return {
    ...size,
    votes: board.votes,
    full,
    floor,
    firstFull,
    firstFloor,
    phases,
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
 * Each sample loads a new document from the board's update (untimed) and times one call on it; the two calls
 * alternate, so neighbour noise falls on both alike. The collection that clears the previous sample's document runs
 * before the load, not between load and call: right after a full collection its concurrent sweeping slowed the next
 * tens of milliseconds of any code (measured: a bare walk 2-4 times as slow), which would be timed as the call's.
 */
function benchFirstCalls(doc: Y.Doc, samples: number): { firstFull: Timing; firstFloor: Timing } {
  const update = encodeStateAsUpdate(doc);
  const full: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < samples; i++) {
    full.push(timeFirstCall(update, computeTally));
    floor.push(timeFirstCall(update, walkTallyFields));
  }
  return { firstFull: summarize(full), firstFloor: summarize(floor) };
}

function timeFirstCall(update: Uint8Array, run: (doc: Y.Doc) => unknown): number {
  collectGarbage();
  const doc = new YDoc();
  applyUpdate(doc, update);
  const start = performance.now();
  run(doc);
  const time = performance.now() - start;
  doc.destroy();
  return time;
}

export interface TallyPhaseTimings {
  scanNotes: Timing;
  scanVotes: Timing;
  noteIdLookups: Timing;
  count: Timing;
  rankAndOutput: Timing;
}

/**
 * computeTally's phases, each run alone, over and over, on inputs the earlier phases produced once: where a full
 * tally's time goes. Each phase runs hot in its own loop, so the sum can differ a little from one whole tally.
 */
function benchPhases(doc: Y.Doc, options: MeasureOptions): TallyPhaseTimings {
  const { round, votesPerPerson } = computeTally(doc);
  const notes = tallyPhases.readNoteTable(doc);
  const dots = tallyPhases.readDots(doc, round, { withVoteIds: false });
  const scan: tallyPhases.BoardScan = { round, notes, ...dots, ...tallyPhases.findSlots(notes, dots.dotKeys) };
  const counts = tallyPhases.countDots(scan);
  return {
    scanNotes: measure(() => tallyPhases.readNoteTable(doc), options),
    scanVotes: measure(() => tallyPhases.readDots(doc, round, { withVoteIds: false }), options),
    noteIdLookups: measure(() => tallyPhases.findSlots(notes, dots.dotKeys), options),
    count: measure(() => tallyPhases.countDots(scan), options),
    rankAndOutput: measure(() => tallyPhases.tallyOfCounts(scan, counts, votesPerPerson), options),
  };
}
