/** The chart's own SVG: Recharts 3 may put HTML legend icons (small SVGs) before it. */
function chartSvg(container: Element | null): SVGSVGElement | null {
  return (
    container?.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ??
    container?.querySelector<SVGSVGElement>('svg') ??
    null
  );
}

/**
 * The chart's SVG once it is drawn: a chart that waited for the viewport is drawn on demand, and
 * Recharts measures its box before it renders, so the SVG appears a few frames later.
 */
export function waitForSvg(container: Element | null, timeoutMs = 5_000): Promise<SVGSVGElement | null> {
  const found = chartSvg(container);
  if (found || !container) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const svg = chartSvg(container);
      // Series and labels follow the surface within the next frames (Recharts' store updates).
      if (svg) requestAnimationFrame(() => requestAnimationFrame(() => finish(svg)));
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    let done = false;
    function finish(svg: SVGSVGElement | null) {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(svg);
    }
    observer.observe(container, { childList: true, subtree: true });
  });
}
