import { describe, expect, it } from 'vitest';
import { atNextTurnEnd, atTurnEnd } from './turn-end';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('atTurnEnd', () => {
  it('runs the tasks of a turn in order, with the tasks they queue, in the same turn', async () => {
    const ran: string[] = [];
    atTurnEnd(() => {
      ran.push('apply');
      atTurnEnd(() => ran.push('commit'));
    });
    atTurnEnd(() => ran.push('apply another'));
    expect(ran).toEqual([]);
    // A setImmediate queued now runs after the turn's tasks, in the same turn.
    await nextTurn();
    expect(ran).toEqual(['apply', 'apply another', 'commit']);
  });

  it('runs the other tasks when one throws, and reports the error as uncaught', async () => {
    const ran: string[] = [];
    const uncaught: unknown[] = [];
    const listeners = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    process.on('uncaughtException', (error) => uncaught.push(error));
    try {
      atTurnEnd(() => {
        throw new Error('broken task');
      });
      atTurnEnd(() => ran.push('still runs'));
      await nextTurn();
      await nextTurn();
    } finally {
      process.removeAllListeners('uncaughtException');
      for (const listener of listeners) process.on('uncaughtException', listener);
    }
    expect(ran).toEqual(['still runs']);
    expect(uncaught).toMatchObject([{ message: 'broken task' }]);
  });

  it('runs a task queued for the next turn after this one, before what that turn queues', async () => {
    const ran: string[] = [];
    atTurnEnd(() => {
      ran.push('first half');
      atNextTurnEnd(() => {
        ran.push('second half');
        atTurnEnd(() => ran.push('its commit'));
      });
    });
    await nextTurn();
    expect(ran).toEqual(['first half']);
    atTurnEnd(() => ran.push('next turn of its own'));
    await nextTurn();
    expect(ran).toEqual(['first half', 'second half', 'next turn of its own', 'its commit']);
  });
});
