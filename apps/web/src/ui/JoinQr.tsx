import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { qrModules, qrPath } from './qr-code';
import './JoinQr.css';

export interface JoinQrProps {
  /** The short join URL to encode (`http://192.168.1.20:8787/j/K7QFM2XD`, from the relay's `join.url`). */
  url: string;
  /** The join code as shown to people (`K7QF-M2XD`). */
  code: string;
  /** Width and height of the QR code in CSS px (the text under it scales with it). */
  size: number;
  /** What the code is for, as its accessible name says it (default: joining this board). */
  label?: string;
}

/**
 * A QR code of the short join URL, drawn as inline SVG with its quiet zone, and the URL in large type under it for
 * those who type rather than scan. Used in the facilitator panel, on the projector and for an event's drop-in page.
 */
export function JoinQr({ url, code, size, label }: JoinQrProps) {
  const { t } = useTranslation();
  const modules = useMemo(() => {
    try {
      return qrModules(url);
    } catch {
      // A URL too long for a QR code cannot come from the relay; the text below still says where to go.
      return null;
    }
  }, [url]);
  const path = useMemo(() => (modules ? qrPath(modules) : ''), [modules]);
  const side = modules?.length ?? 0;
  return (
    <figure className="join-qr" style={{ ['--join-qr-size' as string]: `${size}px` }} data-testid="join-qr">
      {modules && (
        <svg
          className="join-qr-code"
          role="img"
          aria-label={label ?? t('lan.qrLabel', { url })}
          width={size}
          height={size}
          viewBox={`0 0 ${side} ${side}`}
          shapeRendering="crispEdges"
          data-testid="join-qr-code"
        >
          {/* White quiet zone and background whatever the page's colours: scanners need dark on light. */}
          <rect width={side} height={side} fill="#ffffff" />
          <path d={path} fill="#000000" />
        </svg>
      )}
      <figcaption>
        <span className="join-qr-url" data-testid="join-qr-url">
          {breakableUrl(url)}
        </span>
        <span className="join-qr-joincode">{t('lan.codeLine', { code })}</span>
      </figcaption>
    </figure>
  );
}

/** The URL with line-break opportunities after its slashes, so a long one wraps before the code, never inside it. */
function breakableUrl(url: string) {
  const parts = url.split('/');
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}
