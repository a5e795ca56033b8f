/**
 * Work to run once the event loop has read what arrived in this turn: everyone's updates applied together, then the
 * commit that stores them. One `setImmediate` runs every task queued before it, and also the tasks they queue (a
 * batch of updates queues its commit). Separate `setImmediate`s could not do that: one queued from inside another
 * waits for the next turn, which on a busy relay first reads (and waits for) everything that arrived meanwhile.
 */
let tasks: (() => void)[] = [];
/** Tasks for the end of the next turn (work that ran out of this turn's time), run before that turn's own. */
let nextTurn: (() => void)[] = [];
let scheduled = false;

export function atTurnEnd(task: () => void): void {
  tasks.push(task);
  schedule();
}

/** Like `atTurnEnd`, but at the end of the next turn, even when called at the end of this one. */
export function atNextTurnEnd(task: () => void): void {
  nextTurn.push(task);
  schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(runTurnEnd);
}

function runTurnEnd(): void {
  const running = tasks;
  const deferred = nextTurn;
  nextTurn = [];
  // Tasks queued while these run join `running` (the same array) and run now.
  for (let i = 0; i < running.length; i++) {
    try {
      running[i]!();
    } catch (error) {
      // One task's failure must not drop the others (a commit whose callers wait for it): report it as any uncaught
      // error, after the rest have run.
      process.nextTick(() => {
        throw error;
      });
    }
  }
  tasks = [...deferred, ...nextTurn];
  nextTurn = [];
  scheduled = false;
  if (tasks.length > 0) schedule();
}
