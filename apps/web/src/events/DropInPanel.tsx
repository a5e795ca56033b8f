import { useTranslation } from 'react-i18next';
import { JoinQr } from '../ui/JoinQr';
import { CopyField } from './CopyField';
import type { EventAnswer } from './event-api';
import { useQrSize } from './useQrSize';

/**
 * The event's drop-in QR code and short address, for the lounge screen: a phone that scans it opens the drop-in page,
 * where its owner picks a team. Says so when no phone can reach this server (the address is then this computer's).
 */
export function DropInPanel({
  answer,
  onLounge,
  onCopied,
  onReplace,
}: {
  answer: EventAnswer;
  onLounge: () => void;
  onCopied: (copied: boolean) => void;
  /** Replaces the drop-in code, once the organiser confirmed (a code that leaked). */
  onReplace: () => void;
}) {
  const { t } = useTranslation();
  // The page's and the section's paddings and borders (events.css) are around it.
  const size = useQrSize(0.5, 88, 360);
  return (
    <section className="event-section drop-in-panel" aria-labelledby="drop-in-heading">
      <h2 id="drop-in-heading">{t('events.organiser.dropInHeading')}</h2>
      <p className="field-hint">{t('events.organiser.dropInHint')}</p>
      {!answer.reachable && (
        <p role="note" className="share-unreachable" data-testid="event-unreachable">
          {t(`lan.unreachable.${answer.unreachable ?? 'loopback-only'}`)}
        </p>
      )}
      <div data-testid="event-qr">
        <JoinQr
          url={answer.dropIn.url}
          code={answer.dropIn.code}
          size={size}
          label={t('events.organiser.qrLabel', { url: answer.dropIn.url })}
        />
      </div>
      <CopyField
        label={t('events.organiser.shortUrl')}
        fieldLabel={t('events.organiser.shortUrl')}
        copyLabel={t('events.organiser.copyShortUrl')}
        value={answer.dropIn.url}
        testId="event-drop-in-url"
        onCopied={onCopied}
      />
      <div className="event-actions">
        <button type="button" className="primary" onClick={onLounge}>
          {t('events.organiser.showLounge')}
        </button>
        <button type="button" onClick={onReplace}>
          {t('events.organiser.replaceDropIn')}
        </button>
      </div>
    </section>
  );
}
