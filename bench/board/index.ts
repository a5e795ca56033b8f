import type { BenchSuite, GoalResult } from '../lib/types';
import { benchHeatmap, type HeatmapResults } from './heatmap-bench';
import { formatDuration, type Timing } from './measure';
import { benchTally, type TallyPhaseTimings, type TallyResults } from './tally-bench';

const row = (name: string, timing: Timing) =>
  `| ${name} | ${formatDuration(timing.median)} | ${formatDuration(timing.p95)} | ${formatDuration(timing.min)} | ${timing.samples} |`;

const goal = (name: string, measuredMs: number, goalMs: number): GoalResult => ({
  name,
  measured: formatDuration(measuredMs),
  goal: `≤ ${formatDuration(goalMs)}`,
  met: measuredMs <= goalMs,
});

/**
 * Board kernels, in-process: heatmaps from dots, and vote tallies from a Yjs document. Inputs are seeded, so every
 * run measures the same board.
 */
export const boardKernels: BenchSuite = async ({ smoke, log }) => {
  const heatmap = benchHeatmap(smoke, log);
  const tally = benchTally(smoke, log);
  const ratio = heatmap.naive.median / heatmap.full.median;
  const trackerShare = tally.castWithTracker.median - tally.castWithoutTracker.median;
  return {
    title: 'Board kernels: heatmap and tally',
    body: [
      smoke ? '**Smoke run: tiny inputs, the numbers mean nothing.**\n' : '',
      describeMethod(heatmap, tally),
      '',
      '| Measurement | median | p95 | min | samples |',
      '| --- | ---: | ---: | ---: | ---: |',
      row(
        `computeHeatmapFromCoordinates, ${heatmap.dots} dots → ${heatmap.columns}×${heatmap.rows} (the web app's path)`,
        heatmap.fromCoordinates,
      ),
      row(`computeHeatmap, same dots as { x, y } objects (the report image's path)`, heatmap.full),
      row(`naiveHeatmap (reference), same input, scaled from ${heatmap.naiveDots} dots`, heatmap.naive),
      row('addDotToHeatmap, one dot', heatmap.addOne),
      row(`computeTally, ${tally.notes} notes / ${tally.votes} votes / ${tally.voters} voters`, tally.full),
      row(
        'tally floor: the Yjs walk alone, same doc (every note and dot item, fields read, nothing counted)',
        tally.floor,
      ),
      row('computeTally, first call on a freshly loaded doc (a new doc per sample)', tally.firstFull),
      row('tally floor, first walk on a freshly loaded doc', tally.firstFloor),
      row('new TallyTracker (initial scan)', tally.trackerScan),
      row('cast one vote, no tracker (Yjs transaction only)', tally.castWithoutTracker),
      row('cast one vote, TallyTracker observing', tally.castWithTracker),
      '',
      `Naive / fast heatmap: **${ratio.toFixed(0)}×**. The tracker's share of one vote: ` +
        `${formatDuration(Math.max(0, trackerShare))} (difference of the two cast medians).`,
      '',
      phaseTable(tally),
    ].join('\n'),
    goals: [
      // Judged at p95, not the median: a heatmap is redrawn while people vote, and the slow frames are what they see.
      // So on the path the web app takes (coordinate arrays); the report image's object path is in the table.
      goal("Heatmap of 100k dots on a 512×288 grid (p95), the web app's path", heatmap.fromCoordinates.p95, 5),
      {
        name: 'Heatmap vs naive per-dot kernel',
        measured: `${ratio.toFixed(0)}×`,
        goal: '≥ 20×',
        met: ratio >= 20,
      },
      goal('Add one dot to an existing heatmap', heatmap.addOne.median, 0.2),
      tallyGoal(tally, 10),
      goal(
        `New TallyTracker (its initial scan), ${tally.notes / 1000}k notes / ${tally.votes / 1000}k votes`,
        tally.trackerScan.median,
        50,
      ),
      // Judged on the whole cast transaction (Yjs included), an upper bound on what the tracker adds.
      goal('One incremental vote with TallyTracker', tally.castWithTracker.median, 0.02),
    ],
  };
};

function describeMethod(heatmap: HeatmapResults, tally: TallyResults): string {
  return (
    `Method: in-process, \`performance.now()\` around each sample after untimed warm-up runs; µs-scale operations ` +
    `are timed in batches and divided. Inputs are seeded: ${heatmap.dots} clustered dots in board units; a board of ` +
    `${tally.notes} notes (80% clustered, 1% deleted after voting) and ${tally.voters} voters with 5 dots each ` +
    `(5% free dots), encoded and loaded into a fresh Y.Doc as a joining client would. The naive heatmap is ` +
    `O(dots × cells), so it runs on ${heatmap.naiveDots} dots and is scaled linearly. Goals are judged on the ` +
    `median, except the full heatmap's, judged on p95; the full tally's is the median of first calls on freshly ` +
    `loaded documents. One full garbage collection runs before each measurement, ` +
    `so the garbage left by building its inputs is not collected inside a sample; none runs between samples, so a ` +
    `collection that a kernel's own allocations bring on lands in the sample that caused it. No sample is dropped.`
  );
}

/**
 * The full-tally goal, judged where the issue puts it, on a freshly loaded document (a joining client's or a report's
 * first tally), with its floor beside it: a walk over the same document's items that reads what a tally needs and does
 * nothing else. When that floor is itself above the goal, no tally code can meet it, and the row says so; the phase
 * table below profiles both against the floor.
 */
function tallyGoal(tally: TallyResults, goalMs: number): GoalResult {
  const floorAbove = tally.firstFloor.median > goalMs;
  return {
    name: `Full tally, ${tally.notes / 1000}k notes / ${tally.votes / 1000}k votes, from a freshly loaded Y.Doc`,
    measured:
      `${formatDuration(tally.firstFull.median)} (floor: the Yjs walk alone, ` +
      `${formatDuration(tally.firstFloor.median)}, ${floorAbove ? 'itself above' : 'below'} the goal; ` +
      `hot: ${formatDuration(tally.full.median)}, floor ${formatDuration(tally.floor.median)})`,
    goal: `≤ ${formatDuration(goalMs)}`,
    met: tally.firstFull.median <= goalMs,
  };
}

/**
 * Where a full tally's time goes: each phase of computeTally timed alone, hot on the same document and once each on
 * freshly loaded ones, with the floor's half that each of the first two phases must walk right below it.
 */
function phaseTable(tally: TallyResults): string {
  const { phases, firstPhases: first } = tally;
  const rows: [string, Timing, Timing][] = [
    ['scan notes (readNoteTable: id, createdAt, cluster of each note)', phases.scanNotes, first.scanNotes],
    ['↳ its floor: the notes walk alone', phases.floorNotes, first.floorNotes],
    [
      'count dots (countDots: a walk validating each dot, then its lookup and count)',
      phases.countDots,
      first.countDots,
    ],
    ['↳ its floor: the dots walk alone', phases.floorDots, first.floorDots],
    ['rank + output (ranking, output Maps; no Yjs)', phases.rankAndOutput, first.rankAndOutput],
  ];
  const sum = (timings: TallyPhaseTimings) =>
    timings.scanNotes.median + timings.countDots.median + timings.rankAndOutput.median;
  return [
    `computeTally phase by phase, hot (each phase alone, over and over, on the same document: sum of medians ` +
      `${formatDuration(sum(phases))} against ${formatDuration(tally.full.median)} for whole tallies) and first ` +
      `(the phases once each, in order, on freshly loaded documents: sum of medians ${formatDuration(sum(first))} ` +
      `against ${formatDuration(tally.firstFull.median)} for first tallies):`,
    '',
    '| Phase | hot median | hot min | first median | first min |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ([name, hot, fresh]) =>
        `| ${name} | ${formatDuration(hot.median)} | ${formatDuration(hot.min)} | ` +
        `${formatDuration(fresh.median)} | ${formatDuration(fresh.min)} |`,
    ),
    `| the whole floor (walkTallyFields), for comparison | ${formatDuration(tally.floor.median)} | ` +
      `${formatDuration(tally.floor.min)} | ${formatDuration(tally.firstFloor.median)} | ` +
      `${formatDuration(tally.firstFloor.min)} |`,
  ].join('\n');
}
