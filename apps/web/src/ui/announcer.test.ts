import { describe, expect, it } from 'vitest';
import { AnnouncementQueue, type AnnouncerClock } from './announcer';

/** A clock that moves only when told, running the timers that fall due. */
function fakeClock() {
  let now = 0;
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 0;
  const clock: AnnouncerClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((timer) => timer !== due);
      now = due.at;
      due.run();
    }
    now = until;
  };
  return { clock, advance, pendingTimers: () => timers.length };
}

function queueWithLog() {
  const spoken: Array<{ at: number; text: string }> = [];
  const time = fakeClock();
  const queue = new AnnouncementQueue((text) => spoken.push({ at: time.clock.now(), text }), time.clock, 2_000);
  return { spoken, queue, ...time };
}

describe('announcements', () => {
  it('speaks the first message at once', () => {
    const { spoken, queue } = queueWithLog();
    queue.say('phase', 'Phase: Vote.');
    expect(spoken).toEqual([{ at: 0, text: 'Phase: Vote.' }]);
  });

  it('speaks at most one message every two seconds, whatever arrives meanwhile', () => {
    const { spoken, queue, advance } = queueWithLog();
    queue.say('phase', 'Phase: Reveal.');
    for (let i = 0; i < 50; i++) {
      advance(30);
      queue.count('notes-added', 1, (n) => `${n} notes added.`);
    }
    advance(10_000);
    expect(spoken.map((each) => each.at)).toEqual([0, 2_000]);
    expect(spoken[1]!.text).toBe('50 notes added.');
  });

  it('merges what waits: counts add up, a newer message of a kind replaces the older, all spoken as one', () => {
    const { spoken, queue, advance } = queueWithLog();
    queue.say('phase', 'Phase: Write.');
    queue.count('notes-added', 2, (n) => `${n} notes added.`);
    queue.say('phase', 'Phase: Reveal.');
    queue.count('notes-added', 1, (n) => `${n} notes added.`);
    queue.say('phase', 'Phase: Vote.');
    advance(2_000);
    expect(spoken.map((each) => each.text)).toEqual(['Phase: Write.', '3 notes added. Phase: Vote.']);
  });

  it('answers the person’s own action at once, taking along what waits, and restarts the quiet time', () => {
    const { spoken, queue, advance, pendingTimers } = queueWithLog();
    queue.say('phase', 'Phase: Vote.');
    advance(500);
    queue.count('notes-added', 1, (n) => `${n} note added.`);
    queue.say('budget', '4 of 5 votes left.', { now: true });
    expect(spoken.map((each) => each.text)).toEqual(['Phase: Vote.', '1 note added. 4 of 5 votes left.']);
    expect(pendingTimers()).toBe(0);
    queue.say('phase', 'Phase: Results.');
    advance(1_999);
    expect(spoken).toHaveLength(2);
    advance(1);
    expect(spoken.at(-1)).toEqual({ at: 2_500, text: 'Phase: Results.' });
  });

  it('ignores empty messages and counts of nothing, and forgets what waits when cleared', () => {
    const { spoken, queue, advance } = queueWithLog();
    queue.say('phase', '');
    queue.count('notes-added', 0, (n) => `${n} notes added.`);
    expect(spoken).toEqual([]);
    queue.say('phase', 'Phase: Vote.');
    queue.say('phase', 'Phase: Results.');
    queue.clear();
    advance(5_000);
    expect(spoken.map((each) => each.text)).toEqual(['Phase: Vote.']);
  });
});
