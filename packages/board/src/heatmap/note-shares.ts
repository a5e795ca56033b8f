/**
 * Each note's share of all votes, 0..1, summing to 1 whenever any votes exist. Negative or non-finite counts
 * count as 0 so one corrupt tally cannot push other notes' shares outside 0..1.
 */
export function noteHeatShares(votesPerNote: ReadonlyMap<string, number>): Map<string, number> {
  let total = 0;
  for (const count of votesPerNote.values()) total += usable(count);
  const shares = new Map<string, number>();
  for (const [noteId, count] of votesPerNote) shares.set(noteId, total > 0 ? usable(count) / total : 0);
  return shares;
}

function usable(count: number): number {
  return count > 0 && Number.isFinite(count) ? count : 0;
}
