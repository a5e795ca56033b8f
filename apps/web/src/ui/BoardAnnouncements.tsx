import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readDecider, spendingIn, type NoteId } from '@notevote/board';
import { useBoard, useConnectionState, useNotes, useSession, useVotes } from '../sync/board-context';
import { isOwnNote } from '../sync/own-notes';
import { announcer } from './announcer';
import { boardNews, startNews, type BoardFacts, type BoardNews, type NewsState } from './board-news';
import { audienceOf, phaseInstruction } from './phase-instruction';
import { budgetLine } from '../ballots/budget';

/**
 * Tells screen readers what happens on the board (see board-news): renders nothing, reads the document through the
 * board package's live views after each change and hands what is worth saying to the page's announcer, which spaces
 * it out. The phase banner and the budget display are not live regions themselves, so nothing is said twice.
 */
export function BoardAnnouncements() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const { loaded } = useConnectionState();
  const session = useSession();
  const notes = useNotes();
  const votes = useVotes();
  const state = useRef<NewsState | null>(null);

  // A reopened board (a new connection) starts afresh: what it loads is not news.
  useEffect(() => {
    state.current = null;
  }, [connection]);

  useEffect(() => {
    if (!loaded) return;
    const othersNotes = new Set<NoteId>();
    for (const note of notes.values()) if (!isOwnNote(connection, note)) othersNotes.add(note.id);
    const me = connection.voterId;
    const facts: BoardFacts = {
      phase: session.phase,
      silentWriting: session.silentWriting,
      othersNotes,
      spent: me && connection.role !== 'projector' ? spendingIn(connection.workspace, me).spent : null,
      votesPerPerson: session.votesPerPerson,
      roundId: session.roundId,
    };
    if (!state.current) {
      state.current = startNews(facts);
      return;
    }
    const { news, state: next } = boardNews(state.current, facts);
    state.current = next;
    // A decider who accepted is told to vote in a supervote; everyone else that the deciders are voting.
    const decider = me !== null && readDecider(connection.doc, me)?.accepted === true;
    for (const item of news) say(item);

    function say(item: BoardNews): void {
      switch (item.kind) {
        case 'phase': {
          const name = t(`phases.name.${item.phase}`);
          const instruction = phaseInstruction(item.phase, audienceOf(connection.role), session, { decider });
          const line = instruction ? t(instruction.key, instruction.values) : '';
          announcer.say('phase', t('announce.phase', { phase: name, instruction: line }).trim());
          return;
        }
        case 'results':
          // No count here: the secret dots may arrive just after the phase (the relay reveals them in its own update).
          announcer.say('results', t('announce.results'));
          return;
        case 'notes-revealed':
          announcer.count('notes-revealed', item.count, (count) => t('announce.notesRevealed', { count }));
          return;
        case 'notes-added':
          announcer.count('notes-added', item.count, (count) => t('announce.notesAdded', { count }));
          return;
        case 'votes-left': {
          // The answer to this person's own vote (from the list, a key or the canvas): said at once, in the words of
          // the round type (no "297 of 300 votes left" in a heat-map vote without a budget).
          const spent = item.total - item.left;
          const line = budgetLine({ ballot: session.ballot, votesPerPerson: item.total, spent, decider });
          if (line) announcer.say('votes-left', t(line.key, line.values), { now: true });
          return;
        }
      }
    }
  }, [connection, loaded, session, notes, votes, t]);

  // Leaving the board: nothing of it is said on the next page.
  useEffect(() => () => announcer.clear(), []);
  return null;
}
