import type { BoardLanguage } from '../schema/languages';
import { LIMITS } from '../schema/types';
import { ballotRanks } from '../votes/ballots';
import type { EventOutcome, EventTeamOutcome } from './event-report';
import { clustersTable, decisionsSection, notesTable, ratingsTable, roundLabel, row, withholdsAny } from './markdown';
import { markdownText } from './markdown-text';
import { reportText, type ReportText } from './report-text';
import type { OutcomeRound } from './types';

/** The language to write the combined report in instead of the event's. */
export interface EventMarkdownOptions {
  language?: BoardLanguage;
}

/**
 * The combined outcome report of an event in Markdown, for its closing session: the teams at a glance (the round
 * shown, how many people voted, dots, notes), then one section per team with its decisions (supervotes), its top
 * clusters and notes with their dots and supporters. Written in the event's language with the board reports' words
 * and table rows (`markdown.ts`), so a team's lines read as in its board's own report; everything people typed is
 * escaped. Names never appear, except deciders' on their supervotes, named by design as in the board's report.
 */
export function eventOutcomeMarkdown(event: EventOutcome, options: EventMarkdownOptions = {}): string {
  const say = reportText(options.language ?? event.language);
  const title = markdownText(event.title) || say.text('untitledEvent');
  const lines = [`# ${say.text('eventReportTitle', { title })}`, ''];
  lines.push(`- ${say.text('reportGenerated', { date: say.dateTime(event.generatedAt) })}`);
  lines.push(`- ${say.count('eventTeams', event.teams.length)}`);
  lines.push(`- ${say.text('countsOnly')}`, '');
  if (event.teams.length > 0) lines.push(...summary(say, event.teams));
  for (const team of event.teams) lines.push(...teamSection(say, team));
  if (event.teams.some(withholds)) {
    lines.push(say.text('withheld', { count: say.number(LIMITS.minBreakdownGroup) }), '');
  }
  return lines.join('\n');
}

const teamTitle = (say: ReportText, title: string) => markdownText(title) || say.text('untitledBoard');

/** The round's label as the board's report gives it, "(in progress)" included. */
function labelOf(say: ReportText, round: OutcomeRound): string {
  const label = roundLabel(say, round);
  return round.current ? say.text('inProgress', { round: label }) : label;
}

/** Whether a team's section shows a withheld number (its agreement distributions, or its top rows' supporters). */
function withholds(team: EventTeamOutcome): boolean {
  return withholdsAny(team.round.ballot === 'agreement' ? team.round.notes : team.topNotes, team.topClusters);
}

function summary(say: ReportText, teams: readonly EventTeamOutcome[]): string[] {
  const header = ['eventTeamColumn', 'eventRoundColumn', 'eventPeopleColumn', 'dotsColumn', 'notesColumn'] as const;
  const lines = [`## ${say.text('eventSummaryHeading')}`, ''];
  lines.push(row(header.map((key) => say.text(key))), '| --- | --- | ---: | ---: | ---: |');
  for (const team of teams) {
    lines.push(
      row([
        teamTitle(say, team.title),
        labelOf(say, team.round),
        say.number(team.participants),
        say.number(team.round.dots.total),
        say.number(team.outcome.noteCount),
      ]),
    );
  }
  lines.push('');
  return lines;
}

/** The board report's headings one level down, under the team's own. */
const demoted = (lines: readonly string[]) => lines.map((line) => (line.startsWith('#') ? `#${line}` : line));

function teamSection(say: ReportText, team: EventTeamOutcome): string[] {
  const { round, outcome } = team;
  const lines = [`## ${teamTitle(say, team.title)}`, ''];
  if (outcome.hidden.notes) lines.push(`- ${say.text('silentWriting')}`);
  if (outcome.hidden.dots) lines.push(`- ${say.text('secretVoting')}`);
  if (outcome.hidden.notes || outcome.hidden.dots) lines.push('');
  lines.push(say.text('eventResultsShown', { round: labelOf(say, round) }), votedLine(say, round), '');
  // The deciders' supervotes first, as in the board's report: what the closing session hears first.
  lines.push(...demoted(decisionsSection(say, outcome)));
  if (round.dots.total === 0) return [...lines, say.text('eventNoDotsYet'), ''];
  if (team.topClusters.length > 0) {
    lines.push(`### ${say.text('eventTopClusters')}`, '', ...clustersTable(say, team.topClusters));
  }
  lines.push(`### ${say.text('eventTopNotes')}`, '');
  // An agreement scale is read by its ratings, not by dots: its table, as in the board's report.
  if (round.ballot === 'agreement') return [...lines, ...ratingsTable(say, round), ''];
  if (team.topNotes.length === 0) return [...lines, say.text('noNoteGotDots'), ''];
  // A heat-map vote shows where the dots went; it ranks nothing (as the board's report says).
  return [...lines, ...notesTable(say, team.topNotes, ballotRanks(round.ballot))];
}

/** "3 people voted, 7 dots (5 on notes, 2 on clusters).": the board report's sentence, from the same numbers. */
function votedLine(say: ReportText, round: OutcomeRound): string {
  const { dots } = round;
  const count = (value: number) => ({ count: say.number(value) });
  const where = [
    dots.onNotes > 0 || dots.total === 0 ? say.text('dotsOnNotes', count(dots.onNotes)) : '',
    dots.onClusters > 0 ? say.text('dotsOnClusters', count(dots.onClusters)) : '',
    dots.free > 0 ? say.text('dotsElsewhere', count(dots.free)) : '',
  ].filter(Boolean);
  return say.text('voted', {
    people: say.count('votedPeople', round.participants),
    dots: say.count('votedDots', dots.total),
    where: say.list(where),
  });
}
