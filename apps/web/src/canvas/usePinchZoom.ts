import { useEffect, type RefObject } from 'react';
import { useBoard } from '../sync/board-context';
import { zoomAround } from './viewport';

/**
 * Two-finger pinch on touch screens zooms around the fingers' midpoint and pans with it. The fingers are measured
 * from the moment the second one lands, so the board follows them from their first move (the zoom is exactly the
 * ratio of their distances).
 */
export function usePinchZoom(ref: RefObject<HTMLElement | null>): void {
  const { ui } = useBoard();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last: { distance: number; mid: { x: number; y: number } } | null = null;
    const measure = (touches: TouchList) => {
      const a = touches[0]!;
      const b = touches[1]!;
      const rect = element.getBoundingClientRect();
      return {
        distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
        mid: { x: (a.clientX + b.clientX) / 2 - rect.left, y: (a.clientY + b.clientY) / 2 - rect.top },
      };
    };
    // Whenever the set of fingers changes, start again from where they are now.
    const onFingers = (e: TouchEvent) => {
      last = e.touches.length === 2 ? measure(e.touches) : null;
    };
    const onMove = (e: TouchEvent) => {
      if (e.touches.length !== 2) {
        last = null;
        return;
      }
      e.preventDefault();
      const now = measure(e.touches);
      if (last && last.distance > 0) {
        const state = ui.getState();
        const zoomed = zoomAround(state.viewport, now.mid, now.distance / last.distance);
        state.setViewport({ ...zoomed, x: zoomed.x + now.mid.x - last.mid.x, y: zoomed.y + now.mid.y - last.mid.y });
      }
      last = now;
    };
    element.addEventListener('touchstart', onFingers);
    element.addEventListener('touchmove', onMove, { passive: false });
    element.addEventListener('touchend', onFingers);
    element.addEventListener('touchcancel', onFingers);
    return () => {
      element.removeEventListener('touchstart', onFingers);
      element.removeEventListener('touchmove', onMove);
      element.removeEventListener('touchend', onFingers);
      element.removeEventListener('touchcancel', onFingers);
    };
  }, [ref, ui]);
}
