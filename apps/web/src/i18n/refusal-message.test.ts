import { describe, expect, it } from 'vitest';
import { REFUSALS } from '@notevote/board';
import { en } from './en';
import { refusalMessage } from './index';

describe('refusal messages', () => {
  it('translates the codes the relay sends as close reasons', () => {
    expect(refusalMessage('board-erased')).toBe('This board was deleted by its facilitator.');
    expect(refusalMessage('link-replaced')).toBe('The facilitator replaced this link. Ask them for the new one.');
  });

  it('has a message for every code the relay can send, and only those', () => {
    expect(Object.keys(en.refusals).sort()).toEqual(Object.keys(REFUSALS).sort());
  });

  it('shows any other reason as the relay wrote it', () => {
    expect(refusalMessage('there is no board with this id')).toBe(
      'The server refused this board: there is no board with this id',
    );
  });
});
