import { BoardInputError } from '../schema/validate';
import type { DotsOn, RoundPhase } from '../schema/types';
import { toBase64 } from './base64';
import { markdownText } from './markdown-text';
import { formatDuration, formatUtcMinute } from './time';
import type { Outcome, OutcomeCluster, OutcomeNote, OutcomeRound } from './types';

/** What the Markdown report may embed: the heatmap as PNG bytes or as a `data:image/png;base64,` URL. */
export interface OutcomeMarkdownOptions {
  heatmapPng?: Uint8Array | string;
}

const PHASE_NAMES: Record<RoundPhase, string> = {
  write: 'Write',
  reveal: 'Reveal',
  vote: 'Vote',
  results: 'Results',
  discuss: 'Discuss',
};

const DOTS_ON: Record<DotsOn, string> = {
  notes: 'on notes',
  anywhere: 'on notes or anywhere on the board',
  clusters: 'on clusters as wholes',
};

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;
const DASH = '–';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * The outcome report in Markdown (CommonMark with GitHub tables): title and dates, the heatmap, then each round with
 * its phases and times, how many people voted with how many dots, and the ranked clusters and notes. Everything
 * people typed is escaped (`markdownText`), so a note can neither inject HTML nor break a table.
 */
export function outcomeMarkdown(outcome: Outcome, options: OutcomeMarkdownOptions = {}): string {
  const lines: string[] = [];
  const title = markdownText(outcome.title) || 'Untitled board';
  lines.push(`# ${title}: outcome report`, '');
  lines.push(`- Board created: ${formatUtcMinute(outcome.createdAt)}`);
  lines.push(`- Report generated: ${formatUtcMinute(outcome.generatedAt)}`);
  lines.push(`- ${plural(outcome.noteCount, 'note', 'notes')} on the board`);
  lines.push(
    outcome.anonymous
      ? '- Anonymous board: nobody can tell who wrote a note or placed a dot, and this report names nobody.'
      : '- This report gives counts only: it names nobody.',
  );
  if (outcome.hidden.notes) {
    lines.push('- Silent writing is under way: notes not yet revealed are not in this report.');
  }
  if (outcome.hidden.dots) {
    lines.push('- Secret voting is under way: dots not yet revealed are not counted in this report.');
  }
  lines.push('');

  const image = heatmapDataUrl(options.heatmapPng);
  if (image) {
    const round = outcome.rounds.find((entry) => entry.id === outcome.heatmapRound) ?? null;
    const whose = round && round.number !== null ? `the dots of ${roundLabel(round)}` : 'the dots cast outside rounds';
    lines.push('## Heatmap', '', `Where ${whose} went on the board.`, '');
    lines.push(`![Heatmap of ${whose}](${image})`, '');
  }

  for (const round of outcome.rounds) lines.push(...roundSection(round));
  return lines.join('\n');
}

function heatmapDataUrl(png: Uint8Array | string | undefined): string | null {
  if (png === undefined) return null;
  if (typeof png !== 'string') return `data:image/png;base64,${toBase64(png)}`;
  if (!PNG_DATA_URL.test(png)) throw new BoardInputError('the heatmap must be PNG bytes or a PNG data URL');
  return png;
}

/** "Round 2: Second vote", or "Outside rounds". */
function roundLabel(round: OutcomeRound): string {
  if (round.number === null) return 'Outside rounds';
  const title = markdownText(round.title);
  return title ? `Round ${round.number}: ${title}` : `Round ${round.number}`;
}

function roundSection(round: OutcomeRound): string[] {
  const lines = [`## ${roundLabel(round)}${round.current ? ' (in progress)' : ''}`, ''];

  const { dots } = round;
  const where = [
    dots.onNotes > 0 || dots.total === 0 ? `${dots.onNotes} on notes` : '',
    dots.onClusters > 0 ? `${dots.onClusters} on clusters` : '',
    dots.free > 0 ? `${dots.free} elsewhere on the board` : '',
  ].filter(Boolean);
  lines.push(
    `**${plural(round.participants, 'person', 'people')}** voted, **${plural(dots.total, 'dot', 'dots')}** ` +
      `(${where.join(', ')}).`,
  );
  if (round.votesPerPerson !== null || round.dotsOn !== null) {
    const rules = [
      round.votesPerPerson === null ? '' : `${plural(round.votesPerPerson, 'dot', 'dots')} each`,
      round.dotsOn === null ? '' : DOTS_ON[round.dotsOn],
    ].filter(Boolean);
    lines.push(`The vote: ${rules.join(', ')}.`);
  }
  lines.push('');

  if (round.phases.length > 0) {
    lines.push('| Phase | Started | Ended | Length |', '| --- | --- | --- | --- |');
    for (const phase of round.phases) {
      const ended = phase.endedAt === null ? 'still running' : formatUtcMinute(phase.endedAt);
      const length = phase.endedAt === null ? DASH : formatDuration(phase.endedAt - phase.startedAt);
      lines.push(`| ${PHASE_NAMES[phase.phase]} | ${formatUtcMinute(phase.startedAt)} | ${ended} | ${length} |`);
    }
    lines.push('');
  }

  if (round.clusters.length > 0) {
    lines.push('### Clusters', '');
    lines.push('| Rank | Cluster | Dots | Supporters | Notes |', '| ---: | --- | ---: | ---: | ---: |');
    for (const cluster of round.clusters) lines.push(clusterRow(cluster));
    lines.push('');
  }

  lines.push('### Notes', '');
  const ranked = round.notes.filter((note) => note.rank !== null);
  if (ranked.length > 0) {
    lines.push('| Rank | Note | Cluster | Dots | Supporters |', '| ---: | --- | --- | ---: | ---: |');
    for (const note of ranked) lines.push(noteRow(note));
    lines.push('');
  }
  const unvoted = round.notes.length - ranked.length;
  if (ranked.length === 0) lines.push(round.notes.length === 0 ? 'No notes.' : 'No note received a dot.');
  else if (unvoted > 0) lines.push(`${plural(unvoted, 'other note', 'other notes')} received no dots.`);
  lines.push('');
  return lines;
}

function clusterName(name: string | null): string {
  return name === null ? '_Unnamed cluster_' : markdownText(name) || '_Unnamed cluster_';
}

function clusterRow(cluster: OutcomeCluster): string {
  const rank = cluster.rank === null ? DASH : String(cluster.rank);
  return `| ${rank} | ${clusterName(cluster.name)} | ${cluster.dots} | ${cluster.supporters} | ${cluster.noteCount} |`;
}

function noteRow(note: OutcomeNote): string {
  const text = markdownText(note.text) || '_(empty note)_';
  const cluster = note.clusterId === null ? DASH : clusterName(note.clusterName);
  return `| ${note.rank ?? DASH} | ${text} | ${cluster} | ${note.dots} | ${note.supporters} |`;
}
