import { useTranslation } from 'react-i18next';
import { useBoard, useNotes, useTally, useUi } from '../sync/board-context';
import { showNote } from './commands';

/** Notes ranked by votes (ties: earliest note first). Clicking an entry pans to that note. */
export function ResultsPanel() {
  const { t } = useTranslation();
  const board = useBoard();
  const tally = useTally();
  const notes = useNotes();
  const togglePanel = useUi((s) => s.togglePanel);
  return (
    <aside className="side-panel" aria-labelledby="results-heading">
      <header className="side-panel-header">
        <h2 id="results-heading">{t('results.heading')}</h2>
        <button
          type="button"
          aria-label={t('results.close')}
          title={t('results.close')}
          onClick={() => togglePanel('results')}
        >
          ×
        </button>
      </header>
      {tally.ranking.length === 0 ? (
        <p className="empty-hint">{t('results.empty')}</p>
      ) : (
        <ol className="results-list">
          {tally.ranking.map((entry) => {
            const text = notes.get(entry.noteId)?.text.trim() || t('results.untitledNote');
            return (
              <li key={entry.noteId}>
                <span className="rank" aria-hidden="true">
                  {entry.rank}
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('results.goTo', { text })}
                  title={t('results.goTo', { text })}
                  onClick={() => showNote(board, entry.noteId)}
                >
                  {text}
                </button>
                <span className="result-votes">{t('results.votes', { count: entry.votes })}</span>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
