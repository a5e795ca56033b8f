/**
 * How many dots each voter has in each of many rows (a note's dots, a cluster's), rows and voters being small integer
 * slots. Built in bulk from a board scan, where each voter's dots are adjacent: a stable counting sort by row keeps
 * them adjacent within each row, so every row becomes runs of (voter, count) in typed arrays, with no hash map. A row
 * gets a Map of its own the first time it changes. So building costs O(dots) in typed arrays, and a change costs O(1),
 * plus the row's size once, the first time that row changes.
 */
export class VoterCounts {
  /** Row r's runs are [runStart[r], runStart[r + 1]), for the rows that existed when built. */
  private readonly runStart: Int32Array;
  private readonly runVoter: Int32Array;
  private readonly runCount: Int32Array;
  /** Rows that have changed since the build, with their counts; filled, so the array never becomes sparse. */
  private readonly own: (Map<number, number> | undefined)[];

  private constructor(runStart: Int32Array, runVoter: Int32Array, runCount: Int32Array) {
    this.runStart = runStart;
    this.runVoter = runVoter;
    this.runCount = runCount;
    this.own = new Array<Map<number, number> | undefined>(runStart.length - 1).fill(undefined);
  }

  /** No counts yet; rows get Maps as they are added to. */
  static empty(): VoterCounts {
    return new VoterCounts(new Int32Array(1), new Int32Array(0), new Int32Array(0));
  }

  /**
   * Counts of `rows` rows from dots listed voter by voter: dot d is in row dotRow[d] (none when negative) and belongs
   * to voter dotVoter[d]. A voter's dots must be adjacent in that list.
   */
  static group(rows: number, dotRow: ArrayLike<number>, dotVoter: ArrayLike<number>): VoterCounts {
    const dots = dotRow.length;
    const start = new Int32Array(rows + 1);
    for (let d = 0; d < dots; d++) {
      const row = dotRow[d]!;
      if (row >= 0) start[row + 1]!++;
    }
    for (let row = 0; row < rows; row++) start[row + 1]! += start[row]!;
    const next = start.slice(0, rows);
    const byRow = new Int32Array(start[rows]!);
    for (let d = 0; d < dots; d++) {
      const row = dotRow[d]!;
      if (row >= 0) byRow[next[row]!++] = dotVoter[d]!;
    }
    // Runs are never more than the dots; the arrays are cut to size below.
    const runStart = new Int32Array(rows + 1);
    const runVoter = new Int32Array(byRow.length);
    const runCount = new Int32Array(byRow.length);
    let runs = 0;
    for (let row = 0; row < rows; row++) {
      runStart[row] = runs;
      for (let k = start[row]!; k < start[row + 1]!; k++) {
        const voter = byRow[k]!;
        if (runs > runStart[row]! && runVoter[runs - 1] === voter) {
          runCount[runs - 1]!++;
        } else {
          runVoter[runs] = voter;
          runCount[runs] = 1;
          runs++;
        }
      }
    }
    runStart[rows] = runs;
    return new VoterCounts(runStart, runVoter.slice(0, runs), runCount.slice(0, runs));
  }

  /** Voters with at least one dot in `row`. */
  size(row: number): number {
    const own = this.own[row];
    if (own) return own.size;
    return row + 1 < this.runStart.length ? this.runStart[row + 1]! - this.runStart[row]! : 0;
  }

  /** Adds `delta` to `voter`'s dots in `row` and returns their new count (a voter at 0 is dropped from the row). */
  add(row: number, voter: number, delta: number): number {
    const counts = this.mapOf(row);
    const count = (counts.get(voter) ?? 0) + delta;
    if (count === 0) counts.delete(voter);
    else counts.set(voter, count);
    return count;
  }

  /** Calls `visit` with every voter in `row` and their count. */
  forEach(row: number, visit: (voter: number, count: number) => void): void {
    const own = this.own[row];
    if (own) {
      own.forEach((count, voter) => visit(voter, count));
      return;
    }
    if (row + 1 >= this.runStart.length) return;
    for (let k = this.runStart[row]!; k < this.runStart[row + 1]!; k++) visit(this.runVoter[k]!, this.runCount[k]!);
  }

  private mapOf(row: number): Map<number, number> {
    let own = this.own[row];
    if (!own) {
      own = new Map();
      this.forEach(row, (voter, count) => own!.set(voter, count));
      this.own[row] = own;
    }
    return own;
  }
}
