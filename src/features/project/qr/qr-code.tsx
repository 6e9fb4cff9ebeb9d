import { useDeferredValue, useMemo } from 'react';
import { qrMatrix } from '../utils/qr-matrix';

const QUIET = 4;

/** Modules per side before the code is computed: the frame keeps its place, only the modules come later. */
const PENDING_MODULES = 21;

/**
 * A QR code as an SVG drawn by React from the module matrix; the caption carries the link as text.
 * Encoding tries eight masks, tens of milliseconds on a cheap phone: it renders after the page, in
 * a background render of its own, so opening a project is not one long task.
 */
export function QrCode({ text, label, size = 128 }: { text: string; label: string; size?: number }) {
  const deferredText = useDeferredValue(text, '');
  const matrix = useMemo(() => (deferredText ? qrMatrix(deferredText) : undefined), [deferredText]);
  const modules = matrix?.size ?? PENDING_MODULES;
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
      {matrix && <path d={matrix.path} fill="#000" />}
    </svg>
  );
}
