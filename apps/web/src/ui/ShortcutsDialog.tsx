import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../sync/board-context';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

const SHORTCUTS: Array<[string, string]> = [
  ['N', 'addNote'],
  [`${MOD} + V`, 'sketches.paste'],
  ['Enter', 'edit'],
  ['Esc', 'finishEdit'],
  ['Enter', 'newLine'],
  ['Delete', 'delete'],
  ['Tab / Shift + Tab', 'keyboard.shortcuts.selectNext'],
  ['← ↑ → ↓', 'keyboard.shortcuts.move'],
  ['Shift + ← ↑ → ↓', 'keyboard.shortcuts.moveFar'],
  ['V', 'select'],
  ['D', 'vote'],
  ['D', 'keyboard.shortcuts.voteSelected'],
  ['Shift + D', 'keyboard.shortcuts.takeBack'],
  ['H', 'freeVote'],
  ['L', 'keyboard.shortcuts.notesList'],
  ['Space', 'pan'],
  [`${MOD} + scroll`, 'zoom'],
  ['Shift + 1', 'fit'],
  [`${MOD} + Z`, 'undo'],
  [`${MOD} + Shift + Z`, 'redo'],
  [`${MOD} + A`, 'selectAll'],
  [`${MOD} + G`, 'clusters.shortcuts.group'],
  [`${MOD} + Shift + G`, 'clusters.shortcuts.ungroup'],
  ['?', 'help'],
];

/**
 * The `?` dialog: every keyboard shortcut. Letters work on any keyboard layout (by the key's place on an Arabic or
 * Russian keyboard). Closing it returns focus to what opened it (see focus-return).
 */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const open = useUi((s) => s.shortcutsOpen);
  const setOpen = useUi((s) => s.setShortcutsOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onClick={() => setOpen(false)}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="modal"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        <h2 id="shortcuts-title">{t('shortcuts.heading')}</h2>
        <dl className="shortcut-list">
          {SHORTCUTS.map(([keys, item]) => (
            <div key={item} className="shortcut-row">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              {/* A feature's own entries name their full key (e.g. `clusters.shortcuts.group`). */}
              <dd>{t(item.includes('.') ? item : `shortcuts.items.${item}`)}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" className="primary" onClick={() => setOpen(false)}>
          {t('shortcuts.close')}
        </button>
      </div>
    </div>
  );
}
