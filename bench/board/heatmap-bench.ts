import {
  addDotToHeatmap,
  computeHeatmap,
  computeHeatmapFromCoordinates,
  naiveHeatmap,
  type HeatmapSpec,
} from '@notevote/board';
import { HEATMAP_SPEC, SMOKE_HEATMAP_SPEC, heatmapDots } from './fixtures';
import { measure, type Timing } from './measure';

export interface HeatmapResults {
  spec: HeatmapSpec;
  columns: number;
  rows: number;
  dots: number;
  /** Dots as `{ x, y }` objects (the relay's report image passes its dots so). */
  full: Timing;
  /**
   * The same dots as coordinate arrays, which is how the web app's heatmap layer passes them (heatmap-image.ts
   * collects every dot's position into two Float64Arrays): the heatmap people watch redraw while they vote.
   */
  fromCoordinates: Timing;
  /** The naive kernel on `naiveDots` dots, scaled to `dots`: it is exactly linear in the number of dots. */
  naive: Timing;
  naiveDots: number;
  addOne: Timing;
}

/** Heatmap of many dots (fast path and the naive reference) and adding one dot to an existing heatmap. */
export function benchHeatmap(smoke: boolean, log: (line: string) => void): HeatmapResults {
  const spec = smoke ? SMOKE_HEATMAP_SPEC : HEATMAP_SPEC;
  const dotCount = smoke ? 1_000 : 100_000;
  const dots = heatmapDots(dotCount, spec, 7);

  log(`heatmap: ${dotCount} dots, computeHeatmap`);
  const full = measure(
    () => computeHeatmap(dots, spec),
    smoke ? { warmup: 2, samples: 5 } : { warmup: 20, samples: 100 },
  );
  log(`heatmap: ${dotCount} dots, computeHeatmapFromCoordinates (the web app's path)`);
  const xs = Float64Array.from(dots, (dot) => dot.x);
  const ys = Float64Array.from(dots, (dot) => dot.y);
  const fromCoordinates = measure(
    () => computeHeatmapFromCoordinates(xs, ys, dotCount, spec),
    smoke ? { warmup: 2, samples: 5 } : { warmup: 20, samples: 100 },
  );

  // The naive kernel costs O(dots × cells): 100,000 dots would take minutes, so it runs on a slice and is scaled up.
  const naiveDots = smoke ? 20 : 100;
  const slice = dots.slice(0, naiveDots);
  log(`heatmap: naive reference on ${naiveDots} dots`);
  const naiveSlice = measure(
    () => naiveHeatmap(slice, spec),
    smoke ? { warmup: 1, samples: 2 } : { warmup: 1, samples: 5 },
  );
  const scale = dotCount / naiveDots;
  const naive = {
    ...naiveSlice,
    median: naiveSlice.median * scale,
    p95: naiveSlice.p95 * scale,
    min: naiveSlice.min * scale,
  };

  log('heatmap: adding one dot to an existing heatmap');
  const grid = computeHeatmap(dots, spec);
  const batch = 200;
  let next = 0;
  const addOne = measure(
    () => {
      for (let i = 0; i < batch; i++) addDotToHeatmap(grid, dots[next++ % dots.length]!, spec);
    },
    smoke ? { warmup: 2, samples: 5, batch } : { warmup: 50, samples: 300, batch },
  );
  return {
    spec,
    columns: grid.columns,
    rows: grid.rows,
    dots: dotCount,
    full,
    fromCoordinates,
    naive,
    naiveDots,
    addOne,
  };
}
