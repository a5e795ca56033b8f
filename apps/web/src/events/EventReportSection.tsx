import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../sync/report-download';
import { fetchEventReport } from './event-api';

/** The combined report for the closing session: one Markdown file with every team's outcome (organiser only). */
export function EventReportSection({ eventId, token }: { eventId: string; token: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      saveFile(await fetchEventReport(eventId, token));
    } catch (failure) {
      setError(t('events.organiser.reportFailed', { message: (failure as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="event-section" aria-labelledby="event-report-heading">
      <h2 id="event-report-heading">{t('events.organiser.reportHeading')}</h2>
      <p className="field-hint">{t('events.organiser.reportHint')}</p>
      <button type="button" disabled={busy} onClick={() => void download()}>
        {t('events.organiser.reportDownload')}
      </button>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
