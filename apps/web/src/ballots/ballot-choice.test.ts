import { describe, expect, it } from 'vitest';
import { BALLOTS, DEFAULT_SESSION, LIMITS, votingRules } from '@notevote/board';
import { i18n } from '../i18n';
import { ballotFields, draftFromSession, rulesAfterRound, rulesSummary, withBallot } from './ballot-choice';

const dots = { ballot: 'dots', votesPerPerson: 3, allowStacking: true, dotsOn: 'anywhere' } as const;

describe('the round type in the vote rules', () => {
  it('offers only what votingRules keeps of each ballot', () => {
    expect(ballotFields('heatmap').dotsOn).toEqual(['notes', 'anywhere']);
    expect(ballotFields('straw-poll')).toMatchObject({ budget: null, stacking: false, dotsOn: ['notes', 'clusters'] });
    expect(ballotFields('supervote')).toMatchObject({ budget: 'supervotes', deciders: true });
    for (const ballot of BALLOTS) {
      for (const dotsOn of ballotFields(ballot).dotsOn) {
        // What the form offers is what the session gets: nothing is silently changed on the way.
        const draft = withBallot({ ...dots, dotsOn }, ballot);
        expect(votingRules(draft).dotsOn).toBe(dotsOn);
      }
    }
  });

  it('keeps what still fits when the ballot changes, and replaces what does not', () => {
    expect(withBallot(dots, 'heatmap')).toEqual({ ...dots, ballot: 'heatmap' });
    // "Anywhere" is no option for a straw poll; "no limit" none for a supervote.
    expect(withBallot(dots, 'straw-poll').dotsOn).toBe('notes');
    expect(withBallot({ ...dots, ballot: 'heatmap', votesPerPerson: 0 }, 'supervote').votesPerPerson).toBe(5);
    expect(withBallot({ ...dots, ballot: 'heatmap', votesPerPerson: 0 }, 'heatmap').votesPerPerson).toBe(0);
  });

  it('reads the session back as the form shows it: a heat-map vote without a budget as "no limit"', () => {
    const session = { ...votingRules({ ...dots, ballot: 'heatmap', votesPerPerson: 0 }) };
    expect(session.votesPerPerson).toBe(LIMITS.maxDotsPerPerson);
    expect(draftFromSession(session)).toEqual({
      ballot: 'heatmap',
      votesPerPerson: 0,
      allowStacking: true,
      dotsOn: 'anywhere',
    });
    // An agreement vote's 300 is no budget a dot vote could take over.
    const agreement = votingRules({ ...dots, ballot: 'agreement' });
    expect(withBallot(draftFromSession(agreement), 'dots').votesPerPerson).toBe(5);
  });

  it('sums up the rules in force in words that exist', () => {
    for (const ballot of BALLOTS) {
      for (const votesPerPerson of [0, 1, 4]) {
        const session = votingRules({ ...dots, ballot, votesPerPerson: ballot === 'heatmap' ? votesPerPerson : 2 });
        const summary = rulesSummary(session);
        expect(i18n.exists(summary.key, summary.values), `${ballot} ${votesPerPerson}`).toBe(true);
      }
    }
    const noLimit = rulesSummary(votingRules({ ...dots, ballot: 'heatmap', votesPerPerson: 0 }));
    expect(i18n.t(noLimit.key, { ...noLimit.values, where: 'Notes only' })).toBe(
      'Heat-map vote · no limit · Notes only',
    );
  });
});

describe('ending a round', () => {
  it('brings the open board back to its dot vote after any other round type, and leaves a dot vote as it is', () => {
    expect(rulesAfterRound('dots')).toEqual({});
    for (const ballot of ['heatmap', 'straw-poll', 'supervote', 'agreement'] as const) {
      expect(rulesAfterRound(ballot)).toEqual({
        ballot: 'dots',
        votesPerPerson: DEFAULT_SESSION.votesPerPerson,
        allowStacking: DEFAULT_SESSION.allowStacking,
        dotsOn: DEFAULT_SESSION.dotsOn,
      });
    }
  });
});
