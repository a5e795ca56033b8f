import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatJoinCode } from '../auth/join-code';
import { createMemoryEventDirectory } from '../storage/event-directory';
import { createEventCodes } from './event-codes';

const secret = randomBytes(48);

describe('drop-in codes of events', () => {
  it('open their event as typed (any case, with or without the dash) until the code is replaced', async () => {
    const events = createMemoryEventDirectory();
    const codes = createEventCodes({ events, secret });
    const record = await events.create({ id: 'e1', title: 'SOLVE', language: 'en', boards: ['a'] });
    const code = await codes.current(record);
    expect(await codes.current((await events.get('e1'))!)).toBe(code);
    for (const typed of [code, code.toLowerCase(), formatJoinCode(code), ` ${formatJoinCode(code).toLowerCase()}`]) {
      expect((await codes.resolve(typed.trim()))?.id, typed).toBe('e1');
    }
    const replaced = await events.rotateLink('e1', 'drop-in');
    // The old key is still registered, but the event's code is another now: the old one opens nothing.
    expect(await codes.resolve(code)).toBeNull();
    const fresh = await codes.current(replaced);
    expect(fresh).not.toBe(code);
    expect((await codes.resolve(fresh))?.id).toBe('e1');
    expect(await codes.resolve('not a code')).toBeNull();
  });

  it('move past a code another event holds, so a code shown opens one event only', async () => {
    const events = createMemoryEventDirectory();
    const codes = createEventCodes({ events, secret });
    await events.create({ id: 'e1', title: 'A', language: 'en', boards: [] });
    const taken = await codes.current((await events.get('e1'))!);
    await events.create({ id: 'e2', title: 'B', language: 'en', boards: [] });
    // A clash, which real codes meet about once in 30^8: the directory says e2's first key is taken.
    const original = events.setCodeKey.bind(events);
    let refusedOnce = false;
    events.setCodeKey = async (id, key, salt) => {
      if (id === 'e2' && !refusedOnce) {
        refusedOnce = true;
        return false;
      }
      return original(id, key, salt);
    };
    const second = await codes.current((await events.get('e2'))!);
    expect((await events.get('e2'))?.codeSalt).toBe(1);
    expect(second).not.toBe(taken);
    expect((await codes.resolve(second))?.id).toBe('e2');
    expect((await codes.resolve(taken))?.id).toBe('e1');
  });
});
