import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_BOARD_LANGUAGE, isBoardLanguage, setBoardLanguage } from '@notevote/board';
import { LANGUAGES } from '../i18n/languages';
import { useBoard, useMeta } from '../sync/board-context';
import { readBoardAccess } from '../sync/board-link';
import { fetchReport, saveFile, titleForFileName, type ReportFormat } from '../sync/report-download';
import { EmptyBoardError, takeBoardPicture } from '../canvas/take-board-picture';
import './report.css';

type Job = ReportFormat | 'png';

/**
 * The outcome report for the closing session (facilitator panel): the language the relay writes it in, the Markdown
 * report and the CSV table from the relay, and a PNG of the board with the heatmap drawn by this browser.
 */
export function ReportSection() {
  const { t } = useTranslation();
  const board = useBoard();
  const meta = useMeta();
  const [busy, setBusy] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (job: Job) => {
    setBusy(job);
    setError(null);
    try {
      if (job === 'png') {
        const blob = await takeBoardPicture(board);
        saveFile({ blob, filename: `${titleForFileName(meta?.title ?? '')}-board.png` });
      } else {
        saveFile(await fetchReport(board.connection.boardId, readBoardAccess().token ?? '', job));
      }
    } catch (failure) {
      setError(
        failure instanceof EmptyBoardError
          ? t('report.emptyBoard')
          : t(job === 'png' ? 'report.pictureFailed' : 'report.failed', { message: (failure as Error).message }),
      );
    } finally {
      setBusy(null);
    }
  };

  const button = (job: Job, label: string, hint: string) => (
    <button
      type="button"
      title={hint}
      disabled={busy !== null}
      aria-busy={busy === job}
      data-testid={`report-${job}`}
      onClick={() => void run(job)}
    >
      {busy === job ? t('report.working') : label}
    </button>
  );

  return (
    <section aria-labelledby="fac-report" className="report-section">
      <h3 id="fac-report">{t('report.heading')}</h3>
      <p className="field-note">{t('report.explain')}</p>
      <ReportLanguage />
      <div className="report-actions">
        {button('md', t('report.markdown'), t('report.markdownHint'))}
        {button('csv', t('report.csv'), t('report.csvHint'))}
        {button('png', t('report.png'), t('report.pngHint'))}
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * The board's language, which the relay writes the report and the table in: a board setting (everyone who downloads
 * gets the same report), listed by each language's own name, so it does not follow this page's language.
 */
function ReportLanguage() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const language = useMeta()?.language ?? DEFAULT_BOARD_LANGUAGE;
  return (
    <div className="settings">
      <label htmlFor="fac-report-language">{t('reportLanguage.label')}</label>
      <select
        id="fac-report-language"
        value={language}
        aria-describedby="fac-report-language-hint"
        data-testid="report-language"
        onChange={(e) => {
          const chosen = e.target.value;
          if (isBoardLanguage(chosen)) setBoardLanguage(connection.doc, chosen, { origin: connection.localOrigin });
        }}
      >
        {LANGUAGES.map(({ code, name, dir }) => (
          <option key={code} value={code} lang={code} dir={dir}>
            {name}
          </option>
        ))}
      </select>
      <p id="fac-report-language-hint" className="field-hint">
        {t('reportLanguage.hint')}
      </p>
    </div>
  );
}
