import { useEffect, useState } from 'react';

/** How large a QR code may be in the window: `share` of its height, its width less `margin`, at most `max`. */
export interface QrFit {
  share: number;
  /** CSS px of the window's width taken by what surrounds the code (paddings, borders). */
  margin: number;
  max: number;
}

/** The side that fits the window now, never below 160 px, about the smallest a phone reads from a few steps away. */
function fitting({ share, margin, max }: QrFit): number {
  const side = Math.min(max, window.innerWidth - margin, window.innerHeight * share);
  return Math.round(Math.max(160, side));
}

/** A QR code's side in CSS px that fits the window, following resizes and rotations. */
export function useQrSize(share: number, margin: number, max: number): number {
  const [size, setSize] = useState(() => fitting({ share, margin, max }));
  useEffect(() => {
    const update = () => setSize(fitting({ share, margin, max }));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [share, margin, max]);
  return size;
}
