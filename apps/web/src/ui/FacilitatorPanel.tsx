import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SidePanel } from './SidePanel';
import { LIMITS, setTitle, updateSession } from '@notevote/board';
import { useBoard, useMeta, useSession, useUi } from '../sync/board-context';
import { absoluteLink, fetchLinks, readBoardAccess, rotateParticipantLink, type BoardLinks } from '../sync/board-link';

/**
 * Facilitator-only settings: title, voting rules, and the links to share. (Timed phases, silent writing, secret
 * voting and reveal join this panel with the facilitation flow.)
 */
export function FacilitatorPanel() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const meta = useMeta();
  const session = useSession();
  const togglePanel = useUi((s) => s.togglePanel);
  const showNotice = useUi((s) => s.showNotice);
  const [links, setLinks] = useState<BoardLinks | null>(null);
  const [error, setError] = useState<string | null>(null);
  const token = readBoardAccess().token ?? '';

  useEffect(() => {
    let cancelled = false;
    fetchLinks(connection.boardId, token).then(
      (fetched) => !cancelled && setLinks(fetched),
      (failure: Error) => !cancelled && setError(t('facilitator.loadFailed', { message: failure.message })),
    );
    return () => {
      cancelled = true;
    };
  }, [connection.boardId, token, t]);

  const copy = async (link: string) => {
    await navigator.clipboard?.writeText(absoluteLink(link));
    showNotice(t('facilitator.copied'));
  };

  const rotate = async () => {
    if (!window.confirm(t('facilitator.rotateConfirm'))) return;
    try {
      setLinks(await rotateParticipantLink(connection.boardId, token));
      showNotice(t('facilitator.rotated'));
    } catch (failure) {
      setError(t('facilitator.loadFailed', { message: (failure as Error).message }));
    }
  };

  const origin = connection.localOrigin;
  return (
    <SidePanel
      id="facilitator"
      title={t('facilitator.heading')}
      closeLabel={t('facilitator.close')}
      onClose={() => togglePanel('facilitator')}
    >
      <div className="settings">
        <label htmlFor="fac-title">{t('facilitator.title')}</label>
        <input
          id="fac-title"
          defaultValue={meta?.title ?? ''}
          maxLength={LIMITS.titleLength}
          onBlur={(e) =>
            e.target.value.trim() !== (meta?.title ?? '') && setTitle(connection.doc, e.target.value, { origin })
          }
        />
        <label htmlFor="fac-votes">{t('facilitator.votesPerPerson')}</label>
        <input
          id="fac-votes"
          type="number"
          min={0}
          max={LIMITS.maxVotesPerPerson}
          value={session.votesPerPerson}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isInteger(value) && value >= 0 && value <= LIMITS.maxVotesPerPerson)
              updateSession(connection.doc, { votesPerPerson: value }, { origin });
          }}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={session.allowStacking}
            onChange={(e) => updateSession(connection.doc, { allowStacking: e.target.checked }, { origin })}
          />
          {t('facilitator.allowStacking')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={session.locked}
            onChange={(e) => updateSession(connection.doc, { locked: e.target.checked }, { origin })}
          />
          {t('facilitator.lock')}
        </label>
      </div>
      <h3>{t('facilitator.links')}</h3>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {links && (
        <ul className="link-list">
          {(
            [
              ['participant', t('facilitator.participantLink')],
              ['projector', t('facilitator.projectorLink')],
              ['facilitator', t('facilitator.facilitatorLink')],
            ] as const
          ).map(([role, label]) => (
            <li key={role}>
              <span>{label}</span>
              <span className="link-row">
                <input
                  readOnly
                  value={absoluteLink(links[role])}
                  aria-label={label}
                  data-testid={`${role}-link`}
                  onFocus={(e) => e.target.select()}
                />
                <button
                  type="button"
                  aria-label={t('facilitator.copyHint', { what: label })}
                  title={t('facilitator.copyHint', { what: label })}
                  onClick={() => void copy(links[role])}
                >
                  {t('facilitator.copy')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" title={t('facilitator.rotateHint')} onClick={() => void rotate()}>
        {t('facilitator.rotate')}
      </button>
    </SidePanel>
  );
}
