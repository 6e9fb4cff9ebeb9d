import { useMemo } from 'react';
import { qrMatrix } from '../utils/qr-matrix';

const QUIET = 4;

/** A QR code as an SVG drawn by React from the module matrix; the caption carries the link as text. */
export function QrCode({ text, label, size = 128 }: { text: string; label: string; size?: number }) {
  const { size: modules, path } = useMemo(() => qrMatrix(text), [text]);
  const box = modules + QUIET * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      shapeRendering="crispEdges"
      data-testid="qr-code"
    >
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
