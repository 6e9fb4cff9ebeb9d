import { useDeferredValue, useMemo, useRef } from 'react';
import { useDrawWhenNear } from '../../../components/drawing/use-draw-when-near';
import { qrMatrix } from '../utils/qr-matrix';

const QUIET = 4;

/** Modules per side before the code is computed: the frame keeps its place, only the modules come later. */
const PENDING_MODULES = 21;

/**
 * A QR code as an SVG drawn by React from the module matrix; the caption carries the link as text.
 * Encoding tries eight masks: about 200 ms of a slowed phone's main thread, for a code that sits at
 * the foot of the page. So it is computed when the code comes near the screen, or before printing
 * (as the charts are), in a task of its own; and again, in a background render, when the link changes.
 */
export function QrCode({ text, label, size = 128 }: { text: string; label: string; size?: number }) {
  const frame = useRef<SVGSVGElement>(null);
  const { drawn } = useDrawWhenNear(frame, true);
  const deferredText = useDeferredValue(text, '');
  const matrix = useMemo(
    () => (drawn && deferredText ? qrMatrix(deferredText) : undefined),
    [drawn, deferredText],
  );
  const modules = matrix?.size ?? PENDING_MODULES;
  const box = modules + QUIET * 2;
  return (
    <svg
      ref={frame}
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      shapeRendering="crispEdges"
      data-testid="qr-code"
      data-drawn={matrix ? 'true' : 'false'}
    >
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
      {matrix && <path d={matrix.path} fill="#000" />}
    </svg>
  );
}
