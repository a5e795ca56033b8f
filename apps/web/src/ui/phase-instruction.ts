import type { TFunction } from 'i18next';
import { hasNoBudget, type Phase, type Role, type Round, type Session, type TimerView } from '@notevote/board';

/** Who reads the banner: each gets the line that tells them what to do (the room on a projector, the facilitator). */
export type Audience = 'participant' | 'facilitator' | 'projector';

/** The banner's audience for a link's role (no role yet: treated as a participant, the least privileged writer). */
export function audienceOf(role: Role | null): Audience {
  return role === 'facilitator' || role === 'projector' ? role : 'participant';
}

/** An i18n key with the values it needs (the vote's budget), so the line can be chosen without rendering. */
export interface Instruction {
  key: string;
  values: { count?: number };
}

/** The vote's rules as the instruction reads them: the ballot defaults to a dot vote (sessions from before ballots). */
export type InstructionRules = Pick<Session, 'votesPerPerson' | 'dotsOn'> & Partial<Pick<Session, 'ballot'>>;

/**
 * The one line of instruction for `phase`, for `audience`: e.g. a participant in Write reads "Write your ideas, one
 * per note. Nobody sees them until the reveal."; in Vote the line names their budget and where dots go, in the words
 * of the round type (a supervote tells a decider to vote and everyone else that the deciders are voting). Null
 * outside rounds (the board is open: nothing to instruct). `decider`: this person is a decider who accepted.
 */
export function phaseInstruction(
  phase: Phase,
  audience: Audience,
  rules: InstructionRules,
  { decider = false }: { decider?: boolean } = {},
): Instruction | null {
  if (phase === 'open') return null;
  const ballot = rules.ballot ?? 'dots';
  if (ballot !== 'dots' && (phase === 'vote' || phase === 'results')) {
    return ballotInstruction(phase, audience, { ...rules, ballot }, decider);
  }
  if (phase === 'vote' && audience !== 'facilitator') {
    return { key: `phases.instruction.${audience}.vote.${rules.dotsOn}`, values: { count: rules.votesPerPerson } };
  }
  return { key: `phases.instruction.${audience}.${phase}`, values: {} };
}

/** The Vote and Results lines of the round types other than the dot vote (`ballots.instruction.*`). */
function ballotInstruction(
  phase: 'vote' | 'results',
  audience: Audience,
  rules: InstructionRules & Pick<Session, 'ballot'>,
  decider: boolean,
): Instruction {
  const { ballot, votesPerPerson: count } = rules;
  const base = `ballots.instruction.${audience}`;
  if (phase === 'results') return { key: `${base}.results.${ballot}`, values: {} };
  if (audience === 'facilitator') return { key: `${base}.vote.${ballot}`, values: {} };
  switch (ballot) {
    case 'heatmap':
      return hasNoBudget(rules)
        ? { key: `${base}.vote.heatmapNoLimit`, values: {} }
        : { key: `${base}.vote.heatmap`, values: { count } };
    case 'supervote':
      return audience === 'participant' && decider
        ? { key: `${base}.vote.supervoteDecider`, values: { count } }
        : { key: `${base}.vote.supervote`, values: {} };
    case 'straw-poll':
    case 'agreement':
      return { key: `${base}.vote.${ballot}`, values: {} };
    case 'dots':
      return { key: `phases.instruction.${audience}.vote.${rules.dotsOn}`, values: { count } };
  }
}

/**
 * Whether the banner shows at all: during a round always; on the open board only while a timebox is set (running,
 * paused or run out), so the board looks as it always did otherwise.
 */
export function bannerShown(phase: Phase, timer: TimerView): boolean {
  return phase !== 'open' || timer.state !== 'idle';
}

/** "Round 2", or "Round 2: Second vote on the top clusters" when the round has a title. */
export function roundName(round: Pick<Round, 'number' | 'title'>, t: TFunction): string {
  return round.title
    ? t('phases.roundTitled', { number: round.number, title: round.title })
    : t('phases.round', { number: round.number });
}
