/*
 * computeTally's phases as separate calls, for the board bench's per-phase breakdown (bench/board): it times each
 * on the same document to show where a full tally's time goes, without timing code in the library. Not for apps:
 * computeTally and TallyTracker are the API.
 */
export { readNoteTable } from './note-table';
export { readDots, findSlots, type BoardScan } from './scan';
export { countDots, tallyOfCounts } from './compute';
