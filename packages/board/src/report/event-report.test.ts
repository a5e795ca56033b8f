import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard, setBoardLanguage } from '../doc/board';
import { groupNotes } from '../doc/clusters';
import { createNote } from '../doc/notes';
import { setPhase, startRound } from '../doc/phases';
import { readRounds } from '../doc/rounds';
import { updateSession } from '../doc/session';
import { castVote } from '../doc/votes';
import { computeTally } from '../tally/compute';
import { buildOutcome } from './build';
import { deriveBoardIdentity } from '../identity/derive';
import { answerDecider, nameDecider } from '../doc/deciders';
import { castVoteIn } from '../doc/private';
import { votingRules } from '../votes/ballots';
import { eventOutcomeMarkdown } from './event-markdown';
import { buildEventOutcome, EVENT_TOP_RANKS, reportedRound } from './event-report';

const T0 = Date.UTC(2026, 4, 14, 9, 0);
const at = (minutes: number) => T0 + minutes * 60_000;

function board(title: string): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title, now: T0 });
  return doc;
}

function note(doc: Y.Doc, id: string, text: string, minute = 1): string {
  createNote(doc, { x: minute * 10, y: 0, text }, { authorId: `author-${id}`, id, now: at(minute) });
  return id;
}

function vote(doc: Y.Doc, voter: string, target: { noteId: string | null; clusterId?: string }): void {
  expect(castVote(doc, voter, { ...target, x: 1, y: 1 }, { now: at(20) })).toEqual(
    expect.objectContaining({ ok: true }),
  );
}

/** Cybercrime: a round voting on notes, stacking allowed, with a cluster and a tie. */
function cybercrime() {
  const doc = board('Cybercrime');
  note(doc, 'evidence', 'Shared standards for digital evidence', 1);
  note(doc, 'victims', 'Regional focal points for victims', 2);
  note(doc, 'training', 'Training for judges', 3);
  note(doc, 'quiet', 'A note nobody voted for', 4);
  groupNotes(doc, ['evidence', 'victims'], 'Cooperation', { id: 'coop', now: at(5) });
  startRound(doc, { now: at(10), title: 'Priorities', phase: 'vote', votesPerPerson: 3, allowStacking: true });
  vote(doc, 'amina', { noteId: 'evidence' });
  vote(doc, 'amina', { noteId: 'evidence' });
  vote(doc, 'amina', { noteId: 'training' });
  vote(doc, 'bruno', { noteId: 'victims' });
  vote(doc, 'bruno', { noteId: 'training' });
  vote(doc, 'chen', { noteId: 'evidence' });
  setPhase(doc, 'results', { now: at(30) });
  return doc;
}

/** Wildlife trafficking: no rounds, dots on the open board. */
function wildlife() {
  const doc = board('Wildlife trafficking');
  note(doc, 'seizures', 'Open data on wildlife seizures', 1);
  note(doc, 'ports', 'Sniffer dogs at ports', 2);
  vote(doc, 'dara', { noteId: 'seizures' });
  vote(doc, 'emil', { noteId: 'seizures' });
  vote(doc, 'emil', { noteId: null });
  return doc;
}

describe('buildEventOutcome', () => {
  it("gives each team exactly its board's own tallies: people, dots, ranks, supporters", () => {
    const docs = [cybercrime(), wildlife()];
    const event = buildEventOutcome(
      docs.map((doc) => buildOutcome(doc, { now: at(40) })),
      { title: 'SOLVE', language: 'en', now: at(40) },
    );
    expect(event.teams.map((team) => team.title)).toEqual(['Cybercrime', 'Wildlife trafficking']);
    docs.forEach((doc, i) => {
      const team = event.teams[i]!;
      const tally = computeTally(doc, { round: team.round.id });
      expect(team.participants).toBe(tally.voterCount);
      expect(team.round.dots.total).toBe(tally.totalVotes + tally.clusterVotes + tally.freeVotes);
      expect(team.topNotes.map((entry) => [entry.id, entry.rank, entry.dots, entry.supporters])).toEqual(
        tally.ranking.map((entry) => [
          entry.noteId,
          entry.rank,
          tally.notes.get(entry.noteId)!.votes,
          tally.notes.get(entry.noteId)!.voters,
        ]),
      );
      expect(team.topClusters.map((entry) => [entry.id, entry.dots, entry.supporters])).toEqual(
        tally.clusterRanking.map((entry) => [
          entry.clusterId,
          tally.clusters.get(entry.clusterId)!.votes,
          tally.clusters.get(entry.clusterId)!.voters,
        ]),
      );
    });
    // Hand-checked, so the test fails if the tally and this code were wrong together.
    expect(event.teams[0]).toMatchObject({ participants: 3 });
    expect(event.teams[0]!.topNotes.map((entry) => [entry.text, entry.dots, entry.supporters])).toEqual([
      ['Shared standards for digital evidence', 3, 2],
      ['Training for judges', 2, 2],
      ['Regional focal points for victims', 1, 1],
    ]);
    expect(event.teams[0]!.topClusters.map((entry) => [entry.name, entry.dots, entry.supporters])).toEqual([
      ['Cooperation', 4, 3],
    ]);
    expect(event.teams[1]).toMatchObject({ participants: 2, round: { id: null, dots: { total: 3, free: 1 } } });
  });

  it('shows the latest round with dots, not a newer round nobody has voted in yet', () => {
    const doc = cybercrime();
    const first = readRounds(doc)[0]!.id;
    startRound(doc, { now: at(50), title: 'Next steps', phase: 'write' });
    const outcome = buildOutcome(doc, { now: at(60) });
    expect(reportedRound(outcome)?.id).toBe(first);
    const fresh = board('Countering violent extremism');
    startRound(fresh, { now: at(50), phase: 'write' });
    const latest = readRounds(fresh)[0]!.id;
    expect(reportedRound(buildOutcome(fresh, { now: at(60) }))?.id).toBe(latest);
  });

  it(`keeps ${EVENT_TOP_RANKS} ranks per team, ties at the last rank included`, () => {
    const doc = board('Many ideas');
    // Dots 7, 6, 5, 4, 3, 3, 1: ranks 1–5, 5, 7.
    const counts = [7, 6, 5, 4, 3, 3, 1];
    updateSession(doc, { votesPerPerson: 40, allowStacking: true });
    counts.forEach((dots, i) => {
      note(doc, `n${i}`, `Idea ${i}`, i + 1);
      for (let d = 0; d < dots; d++) vote(doc, 'voter', { noteId: `n${i}` });
    });
    const [team] = buildEventOutcome([buildOutcome(doc, { now: at(30) })], {
      title: 'E',
      language: 'en',
      now: at(30),
    }).teams;
    expect(team!.topNotes.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5, 5]);
  });
});

describe('eventOutcomeMarkdown', () => {
  const outcomes = () => [cybercrime(), wildlife(), board('')].map((doc) => buildOutcome(doc, { now: at(40) }));

  it('lists every team at a glance, then each team with its top clusters and notes', () => {
    const markdown = eventOutcomeMarkdown(
      buildEventOutcome(outcomes(), { title: 'SOLVE 2018 | CCPCJ', language: 'en', now: at(40) }),
    );
    expect(markdown).toContain('# SOLVE 2018 \\| CCPCJ: combined outcome report');
    expect(markdown).toContain('- 3 team boards');
    expect(markdown).toContain('| Team | Round shown | People who voted | Dots | Notes |');
    expect(markdown).toContain('| Cybercrime | Round 1: Priorities (in progress) | 3 | 6 | 4 |');
    expect(markdown).toContain('| Wildlife trafficking | Outside rounds | 2 | 3 | 2 |');
    expect(markdown).toContain('| Untitled board | Outside rounds | 0 | 0 | 0 |');
    expect(markdown).toContain('## Cybercrime\n\nResults shown: Round 1: Priorities (in progress).\n');
    expect(markdown).toContain('**3 people** voted, **6 dots** (6 on notes).');
    expect(markdown).toContain('| 1 | Cooperation | 4 | 3 | 2 |');
    expect(markdown).toContain('| 1 | Shared standards for digital evidence | Cooperation | 3 | 2 |');
    expect(markdown).toContain('| 2 | Training for judges | – | 2 | 2 |');
    expect(markdown).not.toContain('A note nobody voted for');
    expect(markdown).toContain('**2 people** voted, **3 dots** (2 on notes, 1 elsewhere on the board).');
    expect(markdown).toContain('## Untitled board\n\nResults shown: Outside rounds.\n');
    expect(markdown).toContain('No dots on this board yet.');
    // Counts only.
    for (const voter of ['amina', 'bruno', 'chen', 'dara', 'emil']) expect(markdown).not.toContain(voter);
  });

  it("is written in the event's language (or the one asked for), whatever each board's", () => {
    const docs = [cybercrime(), wildlife()];
    setBoardLanguage(docs[1]!, 'ru');
    const event = buildEventOutcome(
      docs.map((doc) => buildOutcome(doc, { now: at(40) })),
      { title: 'SOLVE', language: 'fr', now: at(40) },
    );
    const french = eventOutcomeMarkdown(event);
    expect(french).toContain('# SOLVE\u00a0: rapport de synthèse sur les résultats');
    expect(french).toContain('- 2 tableaux d’équipe');
    expect(french).toContain('Résultats présentés\u00a0: Hors des tours.');
    expect(french).not.toContain('Представлены');
    const arabic = eventOutcomeMarkdown(event, { language: 'ar' });
    expect(arabic).toContain('تقرير النتائج الموحَّد: SOLVE');
    expect(arabic).toContain('- لوحتان لفريقين');
  });

  it('says when a team still hides notes or dots', () => {
    const doc = cybercrime();
    updateSession(doc, { secretVoting: true });
    const markdown = eventOutcomeMarkdown(
      buildEventOutcome([buildOutcome(doc, { now: at(40) })], { title: '', language: 'en', now: at(40) }),
    );
    expect(markdown).toContain('# Untitled event: combined outcome report');
    expect(markdown).toContain('Secret voting is under way: dots not yet revealed are not counted in this report.');
  });

  it("puts a team's decisions (supervotes, named by design) first, under the team's heading", () => {
    const doc = cybercrime();
    const boris = deriveBoardIdentity('boris', 'b', 2).userId;
    setPhase(doc, 'vote', {
      ...votingRules({ ballot: 'supervote', votesPerPerson: 1, allowStacking: false, dotsOn: 'notes' }),
      now: at(50),
    });
    updateSession(doc, { secretVoting: false });
    nameDecider(doc, boris, 'Boris Ivanov');
    answerDecider(doc, boris, true);
    expect(castVoteIn({ board: doc, own: null }, boris, { noteId: 'victims', x: 1, y: 1 }).ok).toBe(true);
    const markdown = eventOutcomeMarkdown(
      buildEventOutcome([buildOutcome(doc, { now: at(60) })], { title: 'SOLVE', language: 'en', now: at(60) }),
    );
    const team = markdown.indexOf('## Cybercrime');
    const decisions = markdown.indexOf('### Decisions');
    expect(team).toBeGreaterThan(0);
    expect(decisions).toBeGreaterThan(team);
    expect(decisions).toBeLessThan(markdown.indexOf('### Top notes'));
    expect(markdown).toContain('- **Boris Ivanov** (BI): Regional focal points for victims');
  });

  it('shows a heat-map vote unranked, and withholds small numbers on an anonymous board as its report does', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Anonymous team', anonymous: true, now: T0 });
    note(doc, 'portal', 'Shared evidence portal');
    setPhase(doc, 'vote', {
      ...votingRules({ ballot: 'heatmap', votesPerPerson: 0, allowStacking: true, dotsOn: 'notes' }),
      now: at(10),
    });
    updateSession(doc, { secretVoting: false });
    for (const voter of ['amina', 'boris']) vote(doc, voter, { noteId: 'portal' });
    const outcome = buildOutcome(doc, { now: at(20) });
    const markdown = eventOutcomeMarkdown(buildEventOutcome([outcome], { title: 'E', language: 'en', now: at(20) }));
    expect(outcome.rounds[0]!.notes[0]!.supporters).toBeNull();
    expect(markdown).toContain('| Note | Cluster | Dots | Supporters |');
    expect(markdown).toContain('| Shared evidence portal | – | 2 | – |');
    expect(markdown).toContain('not ranked');
    expect(markdown).toContain('fewer than 3 people behind it is not broken down');
  });
});
