import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../sync/board-context';
import { LanguageMenu } from '../ui/LanguageMenu';

/**
 * The projector's only controls, shown while someone uses the mouse or keyboard (`shown`) or points at them: follow
 * the facilitator or look around freely, full screen, and the heatmap. Nothing here is needed to run a session.
 */
export function ProjectorControls({ shown }: { shown: boolean }) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState(false);
  const following = useUi((s) => s.follow === 'on');
  const setFollow = useUi((s) => s.setFollow);
  const heatmapVisible = useUi((s) => s.heatmapVisible);
  const setHeatmapVisible = useUi((s) => s.setHeatmapVisible);
  const fullScreen = useFullScreen();
  return (
    <div
      className="projector-controls"
      role="toolbar"
      aria-label={t('projector.controls')}
      hidden={!shown && !hovered}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
    >
      <button
        type="button"
        title={following ? t('projector.freeHint') : t('projector.followHint')}
        onClick={() => setFollow(following ? 'off' : 'on')}
      >
        {following ? t('projector.free') : t('projector.follow')}
      </button>
      <button type="button" aria-pressed={heatmapVisible} onClick={() => setHeatmapVisible(!heatmapVisible)}>
        {t('projector.heatmap')}
      </button>
      {fullScreen.available && (
        <button type="button" onClick={fullScreen.toggle}>
          {fullScreen.on ? t('projector.exitFullScreen') : t('projector.fullScreen')}
        </button>
      )}
      {/* The projector's own language (remembered apart from the board's), for the room reading the screen. */}
      <LanguageMenu />
    </div>
  );
}

/** Whether the page is full screen, and a toggle (rejections, e.g. without a user gesture, change nothing). */
function useFullScreen(): { available: boolean; on: boolean; toggle: () => void } {
  const [on, setOn] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = () => {
    const request = on ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    void request.catch(() => undefined);
  };
  return { available: document.fullscreenEnabled, on, toggle };
}
