import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface FitBoxProps {
  children: ReactNode;
  /** Dashboard components are sized for a laptop page: on a 1920 stage they may grow this much. */
  maxScale?: number;
}

/**
 * Scales a dashboard component to fill the slide's body: it is laid out at width / scale and drawn
 * at scale, so its text grows with it (a chart's 12 px ticks become 20 px) without re-laying it out.
 */
export function FitBox({ children, maxScale = 1.75 }: FitBoxProps) {
  const outerRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(maxScale);
  useLayoutEffect(() => {
    const outer = outerRef.current;
    const inner = innerRef.current;
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return;
    function fit() {
      if (!outer || !inner) return;
      const height = inner.offsetHeight;
      if (height <= 0 || outer.clientHeight <= 0) return;
      // offsetHeight is the unscaled layout height; the 1 % dead band stops reflow ping-pong.
      const next = Math.min(maxScale, outer.clientHeight / height);
      setScale((current) => (Math.abs(next - current) / current > 0.01 ? next : current));
    }
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    observer.observe(inner);
    return function stopFitting() {
      observer.disconnect();
    };
  }, [maxScale]);
  return (
    <div ref={outerRef} className="fit-box">
      <div
        ref={innerRef}
        className="fit-box__inner"
        style={{ width: `${100 / scale}%`, transform: `scale(${scale})`, ['--fit-scale' as string]: scale }}
        data-fit-scale={scale.toFixed(3)}
      >
        {children}
      </div>
    </div>
  );
}
