/*
 * computeTally's phases as separate calls, for the board bench's per-phase breakdown (bench/board): it times each
 * on the same document to show where a full tally's time goes, without timing code in the library. Not for apps:
 * computeTally and TallyTracker are the API.
 */
export { readNoteTable, type NoteTable } from './note-table';
export { countDots, type DotCounts } from './count';
export { tallyOfCounts } from './compute';
