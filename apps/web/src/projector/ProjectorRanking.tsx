import { useTranslation } from 'react-i18next';
import { useNotes, useTally } from '../sync/board-context';

/**
 * The top notes in large type: rank, the note's words and its votes, from the board package's ranking (public dots
 * only, like every tally). Shown only while `visible`: results appear for everyone at the same moment.
 */
export function ProjectorRanking({ visible, limit = 5 }: { visible: boolean; limit?: number }) {
  const { t } = useTranslation();
  const { ranking } = useTally();
  const notes = useNotes();
  if (!visible || ranking.length === 0) return null;
  return (
    <section className="projector-ranking" aria-labelledby="projector-ranking-heading" data-testid="projector-ranking">
      <h2 id="projector-ranking-heading">{t('projector.ranking')}</h2>
      <ol>
        {ranking.slice(0, limit).map((entry) => (
          <li key={entry.noteId}>
            <span className="projector-rank">{entry.rank}</span>
            <span className="projector-note-text">
              {notes.get(entry.noteId)?.text.trim() || t('results.untitledNote')}
            </span>
            <span className="projector-votes">{t('projector.votes', { count: entry.votes })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
