import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard, useUi } from '../sync/board-context';
import { ConnectionBadge } from './ConnectionBadge';
import { deleteSelection, undo } from './commands';
import { LanguageMenu } from './LanguageMenu';
import { SketchMenuItems, SketchPhoneInputs } from '../sketches/SketchTools';
import './phone.css';

/**
 * The phone layout's top bar: the board's title, the connection as a dot, and a menu for everything the bottom bar
 * has no room for (people, the notes list, the facilitator panel, heatmap, undo, delete, shortcuts, the start page).
 */
export function PhoneTopBar({ title }: { title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  // The menu closes on Escape (focus back on its button) and on a press anywhere outside it.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('pointerdown', onPointerDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('pointerdown', onPointerDown, { capture: true });
    };
  }, [open]);

  return (
    <header className="top-bar phone-top-bar">
      <h1 className="board-title">{title}</h1>
      <ConnectionBadge compact />
      <button
        ref={button}
        type="button"
        className="phone-menu-button"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('phone.menu')}
        title={t('phone.menuHint')}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <SketchPhoneInputs />
      {open && (
        <div ref={menu} id={menuId} className="phone-menu">
          <PhoneMenuItems onChosen={() => setOpen(false)} />
        </div>
      )}
    </header>
  );
}

/** The menu's entries; choosing one closes the menu. */
function PhoneMenuItems({ onChosen }: { onChosen: () => void }) {
  const { t } = useTranslation();
  const board = useBoard();
  const isFacilitator = board.connection.role === 'facilitator';
  const readOnly = useUi((s) => s.readOnly);
  const panel = useUi((s) => s.panel);
  const togglePanel = useUi((s) => s.togglePanel);
  const heatmapVisible = useUi((s) => s.heatmapVisible);
  const setHeatmapVisible = useUi((s) => s.setHeatmapVisible);
  const hasSelection = useUi((s) => s.selection.size > 0);
  const setShortcutsOpen = useUi((s) => s.setShortcutsOpen);
  const choose = (action: () => void) => () => {
    action();
    onChosen();
  };
  return (
    <ul className="phone-menu-list">
      <li>
        <button type="button" aria-pressed={panel === 'people'} onClick={choose(() => togglePanel('people'))}>
          {t('toolbar.people')}
        </button>
      </li>
      <li>
        <button type="button" aria-pressed={panel === 'notes'} onClick={choose(() => togglePanel('notes'))}>
          {t('noteList.toggle')}
        </button>
      </li>
      <SketchMenuItems onChosen={onChosen} />
      {isFacilitator && (
        <li>
          <button
            type="button"
            aria-pressed={panel === 'facilitator'}
            onClick={choose(() => togglePanel('facilitator'))}
          >
            {t('facilitator.open')}
          </button>
        </li>
      )}
      <li>
        <button type="button" aria-pressed={heatmapVisible} onClick={choose(() => setHeatmapVisible(!heatmapVisible))}>
          {t('toolbar.heatmap')}
        </button>
      </li>
      {!readOnly && (
        <>
          <li>
            <button type="button" onClick={choose(() => undo(board))}>
              {t('toolbar.undo')}
            </button>
          </li>
          <li>
            <button type="button" disabled={!hasSelection} onClick={choose(() => deleteSelection(board))}>
              {t('toolbar.delete')}
            </button>
          </li>
        </>
      )}
      <li>
        <button type="button" onClick={choose(() => setShortcutsOpen(true))}>
          {t('toolbar.shortcuts')}
        </button>
      </li>
      <li>
        {/* Changing the language keeps the menu open: the person sees the menu in the language they chose. */}
        <LanguageMenu className="phone-menu-language" />
      </li>
      <li>
        <a href="/" className="phone-menu-link">
          {t('board.home')}
        </a>
      </li>
    </ul>
  );
}
