import { useTranslation } from 'react-i18next';
import { NOTE_COLORS } from '@notevote/board';

/**
 * What each palette colour is called (`toolbar.colors.*`), in palette order: a screen reader says "Colour Mint". Typed
 * as a tuple of the palette's length, so a colour added to the palette without a name does not compile.
 */
type NameOfEach<Palette extends readonly unknown[]> = { readonly [Index in keyof Palette]: string };
const NOTE_COLOR_NAMES: NameOfEach<typeof NOTE_COLORS> = [
  'yellow',
  'orange',
  'pink',
  'lilac',
  'blue',
  'mint',
  'green',
  'grey',
];
import { useBoard, useSession, useUi } from '../sync/board-context';
import { useAllowedNow } from '../sync/use-allowed-now';
import type { Tool } from '../state/ui-store';
import { toolAllowed } from './tool-gating';
import { addNoteAtViewCenter, deleteSelection, recolorSelection, redo, undo } from './commands';
import { ClusterTools } from './ClusterTools';
import { SketchTools } from '../sketches/SketchTools';

const TOOLS: Array<{ tool: Tool; label: string; hint: string }> = [
  { tool: 'select', label: 'toolbar.select', hint: 'toolbar.selectHint' },
  { tool: 'vote', label: 'toolbar.vote', hint: 'toolbar.voteHint' },
  { tool: 'free-vote', label: 'toolbar.freeVote', hint: 'toolbar.freeVoteHint' },
];

/**
 * Tools, note colours, heatmap toggle, undo/redo. Every control has an accessible name and a tooltip. Only the tools
 * the current phase allows this person are offered (e.g. no vote tool in Write, no note tools in Vote).
 */
export function Toolbar() {
  const { t } = useTranslation();
  const board = useBoard();
  const tool = useUi((s) => s.tool);
  const setTool = useUi((s) => s.setTool);
  const noteColor = useUi((s) => s.noteColor);
  const setNoteColor = useUi((s) => s.setNoteColor);
  const heatmapVisible = useUi((s) => s.heatmapVisible);
  const setHeatmapVisible = useUi((s) => s.setHeatmapVisible);
  const heatmapOpacity = useUi((s) => s.heatmapOpacity);
  const setHeatmapOpacity = useUi((s) => s.setHeatmapOpacity);
  const hasSelection = useUi((s) => s.selection.size > 0);
  const setShortcutsOpen = useUi((s) => s.setShortcutsOpen);
  const readOnly = useUi((s) => s.readOnly);
  const allows = useAllowedNow();
  const { dotsOn } = useSession();

  const heatmapControls = (
    <>
      <button
        type="button"
        aria-pressed={heatmapVisible}
        aria-label={t('toolbar.heatmap')}
        title={t('toolbar.heatmapHint')}
        onClick={() => setHeatmapVisible(!heatmapVisible)}
      >
        {t('toolbar.heatmap')}
      </button>
      <input
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={heatmapOpacity}
        aria-label={t('toolbar.heatmapOpacity')}
        title={t('toolbar.heatmapOpacity')}
        disabled={!heatmapVisible}
        onChange={(e) => setHeatmapOpacity(Number(e.target.value))}
      />
    </>
  );

  if (readOnly) {
    return (
      <div role="toolbar" aria-label={t('toolbar.label')} aria-orientation="horizontal" className="toolbar">
        {heatmapControls}
      </div>
    );
  }

  return (
    <div role="toolbar" aria-label={t('toolbar.label')} aria-orientation="horizontal" className="toolbar">
      {TOOLS.filter(({ tool: value }) => toolAllowed(value, allows, dotsOn)).map(({ tool: value, label, hint }) => (
        <button
          key={value}
          type="button"
          aria-pressed={tool === value}
          aria-label={t(label)}
          title={t(hint)}
          onClick={() => setTool(value)}
        >
          {t(label)}
        </button>
      ))}
      {(allows.write || allows.arrange) && <span className="toolbar-separator" aria-hidden="true" />}
      {allows.write && (
        <button
          type="button"
          aria-label={t('toolbar.addNote')}
          title={t('toolbar.addNoteHint')}
          onClick={() => addNoteAtViewCenter(board)}
        >
          {t('toolbar.addNote')}
        </button>
      )}
      <SketchTools />
      {(allows.write || allows.arrange) && (
        <div role="radiogroup" aria-label={t('toolbar.color')} className="color-swatches">
          {NOTE_COLORS.map((color, index) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={noteColor === color}
              aria-label={t('toolbar.colorName', { color: t(`toolbar.colors.${NOTE_COLOR_NAMES[index]}`) })}
              title={t('toolbar.colorName', { color: t(`toolbar.colors.${NOTE_COLOR_NAMES[index]}`) })}
              className="swatch"
              style={{ backgroundColor: color }}
              onClick={() => {
                setNoteColor(color);
                if (allows.arrange) recolorSelection(board, color);
              }}
            />
          ))}
        </div>
      )}
      {allows.write && (
        <button
          type="button"
          aria-label={t('toolbar.delete')}
          title={t('toolbar.deleteHint')}
          disabled={!hasSelection}
          onClick={() => deleteSelection(board)}
        >
          {t('toolbar.delete')}
        </button>
      )}
      <ClusterTools />
      <span className="toolbar-separator" aria-hidden="true" />
      {heatmapControls}
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" aria-label={t('toolbar.undo')} title={t('toolbar.undoHint')} onClick={() => undo(board)}>
        {t('toolbar.undo')}
      </button>
      <button type="button" aria-label={t('toolbar.redo')} title={t('toolbar.redoHint')} onClick={() => redo(board)}>
        {t('toolbar.redo')}
      </button>
      <button
        type="button"
        aria-label={t('toolbar.shortcuts')}
        title={t('toolbar.shortcutsHint')}
        onClick={() => setShortcutsOpen(true)}
      >
        ?
      </button>
    </div>
  );
}
