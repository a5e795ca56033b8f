import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinQr } from '../ui/JoinQr';
import type { EventAnswer } from './event-api';
import { useQrSize } from './useQrSize';

/**
 * The lounge screen: the event's title, "Pick your team" and the drop-in QR code as large as the screen allows, with
 * the short address under it, for people walking by with a phone. One button leads back.
 */
export function LoungeScreen({ answer, onLeave }: { answer: EventAnswer; onLeave: () => void }) {
  const { t } = useTranslation();
  const size = useQrSize(0.62, 32, 900);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <main className="event-lounge" data-testid="event-lounge">
      <h1 dir="auto">{answer.title || t('events.organiser.untitled')}</h1>
      <h2>{t('events.organiser.dropInHeading')}</h2>
      <div data-testid="event-qr">
        <JoinQr
          url={answer.dropIn.url}
          code={answer.dropIn.code}
          size={size}
          label={t('events.organiser.qrLabel', { url: answer.dropIn.url })}
        />
      </div>
      <button type="button" ref={back} className="event-lounge-back" onClick={onLeave}>
        {t('events.organiser.leaveLounge')}
      </button>
    </main>
  );
}
