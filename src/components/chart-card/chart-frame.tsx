import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A width every chart below draws at, instead of measuring its box: the build's static drawing of
 * an embed (tools/vite/embed-prerender.ts) has no layout to measure.
 */
export const FixedChartWidthContext = createContext<number | undefined>(undefined);

interface ChartFrameProps {
  /** The drawing's height, px: fixed by the chart (rows, legend), never by the width. */
  height: number;
  /**
   * Draws the chart at the box's width, in whole pixels; `active` once the reader has pointed at,
   * touched or focused it (time to load its tooltip: LazyTooltip).
   */
  children: (width: number, active: boolean) => ReactNode;
}

/** The events that say a reader reaches for the chart. */
const REACHING = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * The box a chart is drawn in, and its width. What Recharts' ResponsiveContainer does, minus what
 * the charts do not need: the width is read before the first paint (a layout effect), so the first
 * frame already has the chart, and again whenever the box resizes.
 */
export function ChartFrame({ height, children }: ChartFrameProps) {
  const fixed = useContext(FixedChartWidthContext);
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(0);
  const [active, setActive] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (fixed !== undefined || !box) return;
    const measure = () => setMeasured(Math.floor(box.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return function stopMeasuring() {
      observer.disconnect();
    };
  }, [fixed]);
  useLayoutEffect(() => {
    const box = ref.current;
    if (active || fixed !== undefined || !box) return;
    const activate = () => setActive(true);
    for (const type of REACHING) box.addEventListener(type, activate, { passive: true });
    return function stopWatching() {
      for (const type of REACHING) box.removeEventListener(type, activate);
    };
  }, [active, fixed]);
  const width = fixed ?? measured;
  return (
    <div ref={ref} className="chart-frame" style={width > 0 ? undefined : { height }}>
      {width > 0 && children(width, active)}
    </div>
  );
}
