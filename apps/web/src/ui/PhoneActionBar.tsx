import { useTranslation } from 'react-i18next';
import { useBoard, useSession, useUi } from '../sync/board-context';
import { useAllowedNow } from '../sync/use-allowed-now';
import { votingClosed } from '../sync/permissions';
import { countsDown } from '../ballots/budget';
import { phoneActions, type PhoneAction } from './phone-actions';
import { useVotesLeft } from './VoteBudget';
import './phone.css';

/**
 * The phone layout's bottom bar: the few actions `phoneActions` allows, each a large touch target. Add note and Vote
 * are modes (pressed until the tap on the board that uses them); a line above the bar says what to tap.
 */
export function PhoneActionBar() {
  const { t } = useTranslation();
  const readOnly = useUi((s) => s.readOnly);
  const tool = useUi((s) => s.tool);
  // A notice (a refused vote, say) shows in the same place: it matters more than the reminder of what to tap.
  const noticeShown = useUi((s) => s.notice !== null);
  const { connection } = useBoard();
  const { votesPerPerson, ballot } = useSession();
  const allows = useAllowedNow();
  // An agreement vote has ratings, not dots: given from the notes list, or from a note tapped on the board.
  const mayRate = ballot === 'agreement' && votingClosed(connection) === null;
  const actions = phoneActions({
    mayEdit: !readOnly,
    votesPerPerson,
    allows,
    countsDown: countsDown(ballot, votesPerPerson),
    mayRate,
  });
  const hint =
    readOnly || noticeShown
      ? null
      : tool === 'select'
        ? mayRate
          ? t('ballots.phone.rateHint')
          : null
        : tool === 'add-note'
          ? t('phone.addNoteHint')
          : t('phone.voteHint');
  return (
    <nav className="phone-action-bar" aria-label={t('phone.actions')} data-testid="phone-action-bar">
      <p className="phone-mode-hint" role="status">
        {hint}
      </p>
      <ul className="phone-actions">
        {actions.map((action) => (
          <li key={action}>
            <PhoneActionItem action={action} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

function PhoneActionItem({ action }: { action: PhoneAction }) {
  const { t } = useTranslation();
  const tool = useUi((s) => s.tool);
  const setTool = useUi((s) => s.setTool);
  const resultsOpen = useUi((s) => s.panel === 'results');
  const notesOpen = useUi((s) => s.panel === 'notes');
  const togglePanel = useUi((s) => s.togglePanel);
  switch (action) {
    case 'add-note': {
      const pressed = tool === 'add-note';
      const onClick = () => setTool(pressed ? 'select' : 'add-note');
      return (
        <PhoneActionButton
          icon="+"
          label={t('toolbar.addNote')}
          hint={t('phone.addNoteHint')}
          {...{ pressed, onClick }}
        />
      );
    }
    case 'vote': {
      const pressed = tool === 'vote' || tool === 'free-vote';
      const onClick = () => setTool(pressed ? 'select' : 'vote');
      return (
        <PhoneActionButton icon="●" label={t('toolbar.vote')} hint={t('phone.voteHint')} {...{ pressed, onClick }} />
      );
    }
    case 'votes-left':
      return <VotesLeft />;
    case 'rate': {
      const pressed = notesOpen;
      return (
        <PhoneActionButton
          icon="±"
          label={t('ballots.phone.rate')}
          hint={t('ballots.phone.rateHint')}
          pressed={pressed}
          onClick={() => togglePanel('notes')}
        />
      );
    }
    case 'results':
      return (
        <PhoneActionButton
          icon="≡"
          label={t('toolbar.results')}
          hint={t('toolbar.resultsHint')}
          pressed={resultsOpen}
          onClick={() => togglePanel('results')}
        />
      );
  }
}

/** One large touch target: an icon over its label, pressed while its mode or panel is on. */
function PhoneActionButton(props: {
  icon: string;
  label: string;
  hint: string;
  pressed: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="phone-action"
      aria-pressed={props.pressed}
      title={props.hint}
      onClick={props.onClick}
    >
      <span className="phone-action-icon" aria-hidden="true">
        {props.icon}
      </span>
      {props.label}
    </button>
  );
}

/** "3 votes left": the count large, the words small (the announcer says the votes left after each vote). */
function VotesLeft() {
  const { t } = useTranslation();
  const { left, total } = useVotesLeft();
  return (
    <span className="phone-action phone-votes-left" data-testid="vote-budget" title={t('votes.left', { left, total })}>
      <span className="phone-action-count">{left}</span> {t('phone.votesLeft', { count: left })}
    </span>
  );
}
