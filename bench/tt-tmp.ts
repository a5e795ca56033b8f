import { TallyTracker, computeTally } from '@notevote/board';
import { buildVotedBoard } from './board/fixtures';
const board = buildVotedBoard({ notes: 10_000, voters: 20_000, votesEach: 5 }, 11);
for (let i = 0; i < 5; i++) new TallyTracker(board.doc).destroy();
const t: number[] = [];
for (let i = 0; i < 20; i++) { const s = performance.now(); new TallyTracker(board.doc).destroy(); t.push(performance.now() - s); }
t.sort((a, b) => a - b); console.log('tracker median', t[10]!.toFixed(1), 'min', t[0]!.toFixed(1));
