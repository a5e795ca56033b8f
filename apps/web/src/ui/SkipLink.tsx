import { useTranslation } from 'react-i18next';
import { useUi } from '../sync/board-context';
import { NOTES_LIST_ID } from './NoteList';

const SKIP_LINK_CLASS = 'skip-link';

/**
 * Puts focus at the start of the board page (the skip link), e.g. once the name dialog that covered it closes: focus
 * would otherwise be lost with the dialog, and Tab would start from where the dialog was, at the end of the page.
 */
export function focusPageStart(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`.${SKIP_LINK_CLASS}`)?.focus());
}

/**
 * "Skip to the notes list": the first thing Tab reaches on the board page, shown only while it has keyboard focus
 * (`:focus-visible`, so focus put there after a mouse click does not pop it up). It opens the
 * list as a panel and puts focus on the list itself (a region that takes focus), past the toolbars and the board;
 * closing the list brings focus back here.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const togglePanel = useUi((s) => s.togglePanel);
  const listOpen = useUi((s) => s.panel === 'notes');
  return (
    <a
      className={SKIP_LINK_CLASS}
      href={`#${NOTES_LIST_ID}`}
      onClick={(e) => {
        e.preventDefault();
        if (!listOpen) togglePanel('notes');
        // Once the panel is drawn open.
        requestAnimationFrame(() => document.getElementById(NOTES_LIST_ID)?.focus());
      }}
    >
      {t('noteList.skip')}
    </a>
  );
}
