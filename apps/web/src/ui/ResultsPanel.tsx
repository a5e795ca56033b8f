import { useTranslation } from 'react-i18next';
import { SidePanel } from './SidePanel';
import { useBoard, useNotes, useSession, useTally, useUi } from '../sync/board-context';
import { showNote } from './commands';
import { ClusterResults } from './ClusterResults';

/**
 * Notes ranked by votes (ties: earliest note first). Clicking an entry pans to that note. Only public dots count:
 * during secret voting the ranking waits for the reveal.
 */
export function ResultsPanel() {
  const { t } = useTranslation();
  const board = useBoard();
  const tally = useTally();
  const notes = useNotes();
  const togglePanel = useUi((s) => s.togglePanel);
  const { secretVoting } = useSession();
  return (
    <SidePanel
      id="results"
      title={t('results.heading')}
      closeLabel={t('results.close')}
      onClose={() => togglePanel('results')}
    >
      {secretVoting && (
        <p className="secrecy-hint" data-testid="results-secret">
          {t('results.secretVoting')}
        </p>
      )}
      <ClusterResults />
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
    </SidePanel>
  );
}
