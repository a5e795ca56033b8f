import { useEffect } from 'react';
import { useBoard, useSession } from '../sync/board-context';
import { useAllowedNow } from '../sync/use-allowed-now';
import { i18n } from '../i18n';
import { fallbackTool, toolAllowed } from './tool-gating';

/**
 * When the phase closes the tool in hand (Results closes voting, Vote closes adding notes), go back to Select and
 * say so in a short notice; a note being written is closed too when writing closes. The tools that remain are the
 * ones the toolbar, the shortcuts and the phone bar offer.
 */
export function usePhaseToolFallback(): void {
  const { ui } = useBoard();
  const allows = useAllowedNow();
  const { dotsOn } = useSession();
  useEffect(() => {
    const state = ui.getState();
    // Read-only (loading, locked, a projector) already means Select.
    if (state.readOnly) return;
    if (!toolAllowed(state.tool, allows, dotsOn)) {
      const fallback = fallbackTool(state.tool, allows);
      state.setTool(fallback.tool);
      if (fallback.notice) state.showNotice(i18n.t(fallback.notice));
    }
    if (!allows.write && state.editingNoteId) state.startEditing(null);
  }, [allows, dotsOn, ui]);
}
