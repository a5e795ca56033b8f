import type { BoardLanguage } from '../schema/languages';
import { BoardInputError } from '../schema/validate';
import { LIMITS, RATINGS, type Ballot, type DotsOn, type Rating, type RoundPhase } from '../schema/types';
import { ballotRanks } from '../votes/ballots';
import { toBase64 } from './base64';
import { markdownText } from './markdown-text';
import { reportText, type ReportText, type TextKey } from './report-text';
import type { Outcome, OutcomeCluster, OutcomeDecision, OutcomeNote, OutcomeRound } from './types';

/** What the Markdown report may embed, and the language to write it in instead of the board's. */
export interface OutcomeMarkdownOptions {
  /** The heatmap as PNG bytes or as a `data:image/png;base64,` URL. */
  heatmapPng?: Uint8Array | string;
  language?: BoardLanguage;
}

const PHASE_NAMES: Record<RoundPhase, TextKey> = {
  write: 'phaseWrite',
  reveal: 'phaseReveal',
  vote: 'phaseVote',
  results: 'phaseResults',
  discuss: 'phaseDiscuss',
};

const DOTS_ON: Record<DotsOn, TextKey> = {
  notes: 'onNotesOnly',
  anywhere: 'onNotesOrAnywhere',
  clusters: 'onClustersAsWholes',
};

const BALLOT_NAMES: Record<Ballot, TextKey> = {
  dots: 'ballotDots',
  heatmap: 'ballotHeatmap',
  'straw-poll': 'ballotStrawPoll',
  supervote: 'ballotSupervote',
  agreement: 'ballotAgreement',
};

const RATING_NAMES: Record<Rating, TextKey> = {
  'strongly-disagree': 'ratingStronglyDisagree',
  disagree: 'ratingDisagree',
  neutral: 'ratingNeutral',
  agree: 'ratingAgree',
  'strongly-agree': 'ratingStronglyAgree',
  unsure: 'ratingUnsure',
};

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;
const DASH = '–';

/**
 * The outcome report in Markdown (CommonMark with GitHub tables): title and dates, the heatmap, then each round with
 * its phases and times, how many people voted with how many dots, and the ranked clusters and notes. Written in the
 * board's language (or `options.language`); plain Markdown in every language, right-to-left ones included, so a
 * viewer that sets the direction lays it out. Everything people typed is escaped (`markdownText`), so a note can
 * neither inject HTML nor break a table.
 */
export function outcomeMarkdown(outcome: Outcome, options: OutcomeMarkdownOptions = {}): string {
  const say = reportText(options.language ?? outcome.language);
  const lines: string[] = [];
  const title = markdownText(outcome.title) || say.text('untitledBoard');
  lines.push(`# ${say.text('reportTitle', { title })}`, '');
  lines.push(`- ${say.text('boardCreated', { date: say.dateTime(outcome.createdAt) })}`);
  lines.push(`- ${say.text('reportGenerated', { date: say.dateTime(outcome.generatedAt) })}`);
  lines.push(`- ${say.count('notesOnBoard', outcome.noteCount)}`);
  lines.push(`- ${say.text(outcome.anonymous ? 'anonymousBoard' : 'countsOnly')}`);
  if (outcome.hidden.notes) lines.push(`- ${say.text('silentWriting')}`);
  if (outcome.hidden.dots) lines.push(`- ${say.text('secretVoting')}`);
  lines.push('');
  const image = heatmapDataUrl(options.heatmapPng);
  if (image) {
    const round = outcome.rounds.find((entry) => entry.id === outcome.heatmapRound) ?? null;
    const inRound = round && round.number !== null ? { round: roundLabel(say, round) } : null;
    const caption = inRound ? say.text('heatmapCaptionRound', inRound) : say.text('heatmapCaptionOutside');
    const alt = inRound ? say.text('heatmapAltRound', inRound) : say.text('heatmapAltOutside');
    lines.push(`## ${say.text('heatmapHeading')}`, '', caption, '');
    lines.push(`![${alt}](${image})`, '', say.text('heatmapLegend'), '');
  }
  lines.push(...decisionsSection(say, outcome));
  for (const round of outcome.rounds) lines.push(...roundSection(say, round));
  const withheld = outcome.rounds.some((round) => withholdsAny(round.notes, round.clusters));
  if (withheld) lines.push(say.text('withheld', { count: say.number(LIMITS.minBreakdownGroup) }), '');
  return lines.join('\n');
}

function heatmapDataUrl(png: Uint8Array | string | undefined): string | null {
  if (png === undefined) return null;
  if (typeof png !== 'string') return `data:image/png;base64,${toBase64(png)}`;
  if (!PNG_DATA_URL.test(png)) throw new BoardInputError('the heatmap must be PNG bytes or a PNG data URL');
  return png;
}

/**
 * The deciders' supervotes, before everything else: what the closing session hears first. Rounds are labelled when
 * there were several supervotes.
 */
export function decisionsSection(say: ReportText, outcome: Outcome): string[] {
  const rounds = outcome.rounds.filter((round) => round.decisions.length > 0);
  if (rounds.length === 0) return [];
  const lines = [`## ${say.text('decisionsHeading')}`, '', say.text('decisionsNamed'), ''];
  for (const round of rounds) {
    if (rounds.length > 1) lines.push(`### ${roundLabel(say, round)}`, '');
    for (const decision of round.decisions) lines.push(`- ${decisionLine(say, decision)}`);
    lines.push('');
  }
  return lines;
}

function decisionLine(say: ReportText, decision: OutcomeDecision): string {
  const choices = decision.choices.map((choice) => {
    if (choice.kind === 'cluster') return clusterName(say, choice.label);
    const text = markdownText(choice.label ?? '') || `_${say.text('emptyNote')}_`;
    return choice.kind === 'sketch' ? say.text('sketchCell', { text }) : text;
  });
  return say.text('decisionLine', {
    name: markdownText(decision.name ?? '') || say.text('formerDecider'),
    initials: markdownText(decision.initials),
    choices: say.list(choices),
  });
}

/** "Round 2: Second vote", or "Outside rounds". */
export function roundLabel(say: ReportText, round: OutcomeRound): string {
  if (round.number === null) return say.text('outsideRounds');
  const title = markdownText(round.title);
  const number = say.number(round.number);
  return title ? say.text('roundTitled', { number, title }) : say.text('round', { number });
}

function roundSection(say: ReportText, round: OutcomeRound): string[] {
  const label = roundLabel(say, round);
  const lines = [`## ${round.current ? say.text('inProgress', { round: label }) : label}`, ''];
  const { dots } = round;
  const count = (value: number) => ({ count: say.number(value) });
  const where = [
    dots.onNotes > 0 || dots.total === 0 ? say.text('dotsOnNotes', count(dots.onNotes)) : '',
    dots.onClusters > 0 ? say.text('dotsOnClusters', count(dots.onClusters)) : '',
    dots.free > 0 ? say.text('dotsElsewhere', count(dots.free)) : '',
  ].filter(Boolean);
  lines.push(
    say.text('voted', {
      people: say.count('votedPeople', round.participants),
      dots: say.count('votedDots', dots.total),
      where: say.list(where),
    }),
  );
  if (round.votesPerPerson !== null || round.dotsOn !== null) {
    const rules = [
      round.votesPerPerson === null ? '' : say.count('dotsEach', round.votesPerPerson),
      round.dotsOn === null ? '' : say.text(DOTS_ON[round.dotsOn]),
    ].filter(Boolean);
    lines.push(say.text('voteRules', { rules: say.list(rules) }));
  }
  if (round.ballot !== null && round.ballot !== 'dots') {
    lines.push(say.text('ballotLine', { ballot: say.text(BALLOT_NAMES[round.ballot]) }));
  }
  lines.push('');
  if (round.phases.length > 0) {
    const header = ['phaseColumn', 'startedColumn', 'endedColumn', 'lengthColumn'] as const;
    lines.push(row(header.map((key) => say.text(key))), '| --- | --- | --- | --- |');
    for (const phase of round.phases) {
      const ended = phase.endedAt === null ? say.text('stillRunning') : say.dateTime(phase.endedAt);
      const length = phase.endedAt === null ? DASH : say.duration(phase.endedAt - phase.startedAt);
      lines.push(row([say.text(PHASE_NAMES[phase.phase]), say.dateTime(phase.startedAt), ended, length]));
    }
    lines.push('');
  }
  if (round.clusters.length > 0)
    lines.push(`### ${say.text('clustersHeading')}`, '', ...clustersTable(say, round.clusters));
  lines.push(`### ${say.text('notesHeading')}`, '');
  if (round.ballot === 'agreement') return [...lines, ...ratingsTable(say, round), ''];
  const ranked = round.notes.filter((note) => note.rank !== null);
  const ranks = ballotRanks(round.ballot);
  if (ranked.length > 0) lines.push(...notesTable(say, ranked, ranks));
  const unvoted = round.notes.length - ranked.length;
  if (ranked.length === 0) lines.push(say.text(round.notes.length === 0 ? 'noNotes' : 'noNoteGotDots'));
  else if (unvoted > 0) lines.push(say.count('otherNotesWithoutDots', unvoted));
  lines.push('');
  return lines;
}

/** Whether any of these numbers is withheld (an anonymous board, too few people behind it): the report says why. */
export function withholdsAny(notes: readonly OutcomeNote[], clusters: readonly OutcomeCluster[]): boolean {
  return (
    notes.some((note) => note.supporters === null || (note.raters > 0 && note.ratings === null)) ||
    clusters.some((cluster) => cluster.supporters === null)
  );
}

/** The clusters' table (ranked first), then a blank line. */
export function clustersTable(say: ReportText, clusters: readonly OutcomeCluster[]): string[] {
  const header = ['rankColumn', 'clusterColumn', 'dotsColumn', 'supportersColumn', 'notesColumn'] as const;
  const lines = [row(header.map((key) => say.text(key))), '| ---: | --- | ---: | ---: | ---: |'];
  for (const cluster of clusters) lines.push(clusterRow(say, cluster));
  return [...lines, ''];
}

/**
 * The notes' table with their dots and supporters, then a blank line. A heat-map vote ranks nothing (`ranks`
 * false): no rank column, and a line saying why.
 */
export function notesTable(say: ReportText, notes: readonly OutcomeNote[], ranks: boolean): string[] {
  const header = ['rankColumn', 'noteColumn', 'clusterColumn', 'dotsColumn', 'supportersColumn'] as const;
  const lines = [
    row((ranks ? header : header.slice(1)).map((key) => say.text(key))),
    ranks ? '| ---: | --- | --- | ---: | ---: |' : '| --- | --- | ---: | ---: |',
  ];
  for (const note of notes) lines.push(noteRow(say, note, ranks));
  lines.push('');
  if (!ranks) lines.push(say.text('heatmapNotRanked'), '');
  return lines;
}

/** One table row; its cells are in reading order, whichever way the language reads. */
export const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

function clusterName(say: ReportText, name: string | null): string {
  return (name === null ? '' : markdownText(name)) || `_${say.text('unnamedCluster')}_`;
}

/** A cluster's row of the clusters table: rank, name, dots, supporters, notes. */
function clusterRow(say: ReportText, cluster: OutcomeCluster): string {
  const rank = cluster.rank === null ? DASH : say.number(cluster.rank);
  return row([
    rank,
    clusterName(say, cluster.name),
    say.number(cluster.dots),
    count(say, cluster.supporters),
    say.number(cluster.noteCount),
  ]);
}

/** A number, or a dash where it is withheld (see `withheld`). */
const count = (say: ReportText, value: number | null): string => (value === null ? DASH : say.number(value));

function noteCell(say: ReportText, note: OutcomeNote): string {
  const text = markdownText(note.text) || `_${say.text('emptyNote')}_`;
  return note.sketch ? say.text('sketchCell', { text }) : text;
}

/** A note's row of the notes table: rank (unless `ranks` is false), note, cluster, dots, supporters. */
function noteRow(say: ReportText, note: OutcomeNote, ranks = true): string {
  const cluster = note.clusterId === null ? DASH : clusterName(say, note.clusterName);
  const rank = note.rank === null ? DASH : say.number(note.rank);
  const cells = [noteCell(say, note), cluster, say.number(note.dots), count(say, note.supporters)];
  return row(ranks ? [rank, ...cells] : cells);
}

/**
 * An agreement vote's results: how many people gave each rating to each option, the most agreed first (by the mean
 * on −2…+2, "unsure" left out), so the distribution is there, not a single score.
 */
export function ratingsTable(say: ReportText, round: OutcomeRound): string[] {
  const rated = round.notes
    .filter((note) => note.raters > 0)
    .sort((a, b) => (b.ratings?.mean ?? -Infinity) - (a.ratings?.mean ?? -Infinity) || b.raters - a.raters);
  if (rated.length === 0) return [say.text('noRatings')];
  const header = [
    say.text('noteColumn'),
    ...RATINGS.map((rating) => say.text(RATING_NAMES[rating])),
    say.text('ratersColumn'),
  ];
  const lines = [row(header), `| --- |${' ---: |'.repeat(RATINGS.length + 1)}`];
  for (const note of rated) {
    const counts = RATINGS.map((rating) => count(say, note.ratings ? note.ratings.counts[rating] : null));
    lines.push(row([noteCell(say, note), ...counts, say.number(note.raters)]));
  }
  return lines;
}
