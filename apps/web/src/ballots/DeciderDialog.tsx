import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerDecider, initialsOf, removeDecider } from '@notevote/board';
import { useBoard, useConnectionState, useMeta } from '../sync/board-context';
import { focusPageStart } from '../ui/SkipLink';
import { useMyDecider } from './use-ballots';
import { formatDeciderCode } from './deciders';
import './ballots.css';

/**
 * What a person named a decider sees before anything else: that their supervotes will carry their name and initials,
 * for everyone on the board and in the report (and, on an anonymous board, what else that gives away), with Accept
 * and Decline. Nothing is pre-chosen: the dialog itself takes the focus, so a stray Enter accepts nothing. Declining
 * removes the entry (the rules let the person named do that), so the facilitator's list shows they are not a
 * decider; an unanswered entry and a declined one would otherwise look the same.
 */
export function DeciderDialog() {
  const { t } = useTranslation();
  const { connection, ui } = useBoard();
  const { loaded } = useConnectionState();
  const anonymous = useMeta()?.anonymous ?? false;
  const decider = useMyDecider();
  const dialog = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const bodyId = useId();
  const open = loaded && connection.role !== 'projector' && decider !== undefined && !decider.accepted;
  useEffect(() => {
    if (open) dialog.current?.focus();
  }, [open]);
  if (!open || connection.deciderId === null) return null;
  const me = connection.deciderId;
  const origin = connection.localOrigin;
  const answer = (accept: boolean) => {
    if (accept) answerDecider(connection.doc, me, true, { origin });
    else removeDecider(connection.doc, me, { origin });
    ui.getState().showNotice(t(accept ? 'ballots.consent.acceptedNotice' : 'ballots.consent.declinedNotice'));
    // The dialog takes the focus with it: start again from the top of the page.
    focusPageStart();
  };
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={headingId}
        aria-describedby={bodyId}
        className="modal decider-dialog"
        tabIndex={-1}
        data-testid="decider-dialog"
      >
        <h2 id={headingId}>{t('ballots.consent.heading')}</h2>
        <div id={bodyId}>
          <p>{t('ballots.consent.body', { name: decider.name, initials: initialsOf(decider.name) })}</p>
          {anonymous && <p className="secrecy-hint">{t('ballots.consent.anonymous')}</p>}
        </div>
        <div className="decider-dialog-actions">
          <button type="button" className="primary" onClick={() => answer(true)}>
            {t('ballots.consent.accept')}
          </button>
          <button type="button" onClick={() => answer(false)}>
            {t('ballots.consent.decline')}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * In the People panel, this person's part in supervotes: a decider sees the name they vote under and may step down;
 * on an anonymous board anyone else may show the decider code to read to the facilitator (behind a button that says
 * first what giving it means).
 */
export function DeciderSelf() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const anonymous = useMeta()?.anonymous ?? false;
  const decider = useMyDecider();
  const [codeShown, setCodeShown] = useState(false);
  const me = connection.deciderId;
  if (me === null || connection.role === 'projector') return null;
  if (decider?.accepted) {
    return (
      <p className="decider-self" data-testid="decider-self">
        {t('ballots.self.decider', { name: decider.name, initials: initialsOf(decider.name) })}{' '}
        <button type="button" onClick={() => removeDecider(connection.doc, me, { origin: connection.localOrigin })}>
          {t('ballots.self.stepDown')}
        </button>
      </p>
    );
  }
  if (!anonymous) return null;
  return (
    <div className="decider-self">
      <p className="field-hint">{t('ballots.self.codeExplain')}</p>
      <button type="button" aria-expanded={codeShown} onClick={() => setCodeShown(!codeShown)}>
        {t('ballots.self.codeShow')}
      </button>
      {codeShown && (
        <p data-testid="decider-code">
          {t('ballots.self.code')} <code className="decider-code">{formatDeciderCode(me)}</code>
        </p>
      )}
    </div>
  );
}
