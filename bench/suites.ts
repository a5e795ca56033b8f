import type { BenchSuite } from './lib/types';
import { boardKernels } from './board/index';
import { bundleSize, canvasFrames } from './canvas/index';
import { relayFanout } from './relay/index';

export interface NamedSuite {
  /** For `--only=`. */
  name: string;
  description: string;
  run: BenchSuite;
}

/** Every benchmark, cheapest first, so a broken environment fails fast. */
export const SUITES: readonly NamedSuite[] = [
  { name: 'board', description: 'heatmap kernel and tallies (packages/board, in Node)', run: boardKernels },
  { name: 'bundle', description: 'initial JavaScript shipped to the browser (gzip)', run: bundleSize },
  { name: 'canvas', description: 'first frame and frame times in headless Chromium', run: canvasFrames },
  { name: 'relay', description: 'fan-out latency and throughput vs. the Yjs peers', run: relayFanout },
];
