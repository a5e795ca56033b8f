import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@notevote/board';
import { useBoard, useUi } from '../sync/board-context';
import { absoluteLink, fetchLinks, readBoardAccess, replaceLink, type LinkAnswer } from '../sync/board-link';
import { copyText } from './copy-text';
import { JoinQr } from './JoinQr';
import './ShareLinks.css';

/** Size of the join QR code in the facilitator panel (CSS px): scannable from a phone held over the laptop. */
const PANEL_QR_SIZE = 220;

/**
 * The facilitator's links to share: the join code with its short URL and QR code, and the participant, projector and
 * facilitator links, each copyable and replaceable. Every link carries the origin the relay advertises (its
 * PUBLIC_URL, or the laptop's LAN address when this page was opened at 127.0.0.1), so what is copied opens on a phone;
 * when no phone can reach the relay, it says why and what to do.
 */
export function ShareLinks() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const showNotice = useUi((s) => s.showNotice);
  const [answer, setAnswer] = useState<LinkAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showQr, setShowQr] = useState(false);
  const token = readBoardAccess().token ?? '';

  useEffect(() => {
    let cancelled = false;
    fetchLinks(connection.boardId, token).then(
      (fetched) => !cancelled && setAnswer(fetched),
      (failure: Error) => !cancelled && setError(t('facilitator.loadFailed', { message: failure.message })),
    );
    return () => {
      cancelled = true;
    };
  }, [connection.boardId, token, t]);

  const copy = async (text: string, field: HTMLInputElement | null, done: string) => {
    showNotice((await copyText(text, field)) ? done : t('lan.copyByHand'));
  };

  const replace = async (role: Role) => {
    if (!window.confirm(t(`facilitator.replaceConfirm.${role}`))) return;
    try {
      const fresh = await replaceLink(connection.boardId, token, role);
      if (role === 'facilitator') {
        // The old facilitator link stopped working, this tab's included: reopen the board on the new one (on this
        // page's own origin, which this browser can certainly reach).
        window.location.replace(absoluteLink(fresh.links.facilitator));
        window.location.reload();
        return;
      }
      setAnswer(fresh);
      showNotice(t(`facilitator.replaced.${role}`));
    } catch (failure) {
      setError(t('facilitator.replaceFailed', { message: (failure as Error).message }));
    }
  };

  const rows = [
    ['participant', t('facilitator.participantLink')],
    ['projector', t('facilitator.projectorLink')],
    ['facilitator', t('facilitator.facilitatorLink')],
  ] as const;
  return (
    <section aria-labelledby="fac-links">
      <h3 id="fac-links">{t('facilitator.links')}</h3>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {answer && !answer.reachable && (
        <p role="note" className="share-unreachable" data-testid="unreachable-hint">
          {t(`lan.unreachable.${answer.unreachable ?? 'loopback-only'}`)}
        </p>
      )}
      {answer && (
        <div className="share-join">
          <span>{t('lan.joinHeading')}</span>
          <p className="field-hint share-join-hint">{t('lan.joinHint')}</p>
          <span className="link-row">
            <input
              readOnly
              value={answer.join.url}
              aria-label={t('lan.shortUrl')}
              data-testid="join-url"
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              title={t('facilitator.copyHint', { what: t('lan.shortUrl') })}
              aria-label={t('facilitator.copyHint', { what: t('lan.shortUrl') })}
              onClick={(e) => void copy(answer.join.url, inputBeside(e.currentTarget), t('facilitator.copied'))}
            >
              {t('facilitator.copy')}
            </button>
          </span>
          <span className="share-join-code">
            {t('lan.codeLabel')} <strong data-testid="join-code">{answer.join.code}</strong>
          </span>
          <button type="button" aria-expanded={showQr} onClick={() => setShowQr((shown) => !shown)}>
            {showQr ? t('lan.hideQr') : t('lan.showQr')}
          </button>
          {showQr && <JoinQr url={answer.join.url} code={answer.join.code} size={PANEL_QR_SIZE} />}
        </div>
      )}
      {answer && (
        <ul className="link-list">
          {rows.map(([role, label]) => {
            const link = absoluteLink(answer.links[role], answer.origin);
            return (
              <li key={role}>
                <span>{label}</span>
                <span className="link-row">
                  <input
                    readOnly
                    value={link}
                    aria-label={label}
                    data-testid={`${role}-link`}
                    onFocus={(e) => e.target.select()}
                  />
                  <button
                    type="button"
                    aria-label={t('facilitator.copyHint', { what: label })}
                    title={t('facilitator.copyHint', { what: label })}
                    onClick={(e) => void copy(link, inputBeside(e.currentTarget), t('facilitator.copied'))}
                  >
                    {t('facilitator.copy')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('facilitator.replaceHint', { what: label })}
                    title={t('facilitator.replaceHint', { what: label })}
                    data-testid={`replace-${role}-link`}
                    onClick={() => void replace(role)}
                  >
                    {t('facilitator.replace')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The text field in the same row as a copy button: copied from, or left selected for copying by hand. */
function inputBeside(button: HTMLElement): HTMLInputElement | null {
  return button.closest('.link-row')?.querySelector('input') ?? null;
}
