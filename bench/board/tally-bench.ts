import { TallyTracker, computeTally, voterVotes } from '@notevote/board';
import { buildVotedBoard, seededRandom, type VotedBoard } from './fixtures';
import { measure, type Timing } from './measure';

export interface TallyResults {
  notes: number;
  voters: number;
  votes: number;
  full: Timing;
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

  log('tally: computeTally from the document');
  const full = measure(() => computeTally(board.doc), smoke ? { warmup: 2, samples: 5 } : { warmup: 10, samples: 60 });

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

  return { ...size, votes: board.votes, full, trackerScan, castWithoutTracker, castWithTracker };
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
