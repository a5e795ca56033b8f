import type { TFunction } from 'i18next';
import type { Phase, Role, Round, Session, TimerView } from '@notevote/board';

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

/**
 * The one line of instruction for `phase`, for `audience`: e.g. a participant in Write reads "Write your ideas, one
 * per note. Nobody sees them until the reveal."; in Vote the line names their budget and where dots go. Null
 * outside rounds (the board is open: nothing to instruct).
 */
export function phaseInstruction(
  phase: Phase,
  audience: Audience,
  rules: Pick<Session, 'votesPerPerson' | 'dotsOn'>,
): Instruction | null {
  if (phase === 'open') return null;
  if (phase === 'vote' && audience !== 'facilitator') {
    return { key: `phases.instruction.${audience}.vote.${rules.dotsOn}`, values: { count: rules.votesPerPerson } };
  }
  return { key: `phases.instruction.${audience}.${phase}`, values: {} };
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
