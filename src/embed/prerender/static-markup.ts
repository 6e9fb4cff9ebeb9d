/**
 * The static drawings of an embed page: Recharts' SVG as the build drew it, made fit for a page
 * whose policy forbids inline styles (style-src 'self'), and light to parse on a phone.
 */

/**
 * The widths a chart is drawn at for the static page, px: for a frame of 320 px (small phones), of
 * 412 px (most phones) and of 640 px and more (a desktop article). Each is the frame minus the
 * embed's 8 px padding on both sides; embed.css shows the one that fits.
 */
export const STATIC_WIDTHS = [304, 396, 624] as const;

export const staticWidthClass = (width: number) => `embed-static__w${width}`;

/** Inline style properties that have an SVG presentation attribute of the same meaning. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
]);

const SVG = 'http://www.w3.org/2000/svg';

/** Recharts hands its props on as attributes these elements do not read. */
const UNREAD: Record<string, readonly string[]> = {
  path: ['x', 'y', 'width', 'height', 'radius', 'name'],
  line: ['x', 'y', 'width', 'height'],
  text: ['width', 'height', 'offset', 'name'],
};

/** Geometry, in SVG user units: a tenth of a pixel is finer than any screen shows. */
const GEOMETRY = new Set([
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'width',
  'height',
  'd',
  'transform',
  'cx',
  'cy',
  'r',
]);
const roundNumbers = (value: string) =>
  value.replace(/-?\d*\.\d{2,}/g, (number) => String(Math.round(Number(number) * 10) / 10));

/** Moves an SVG element's inline style into presentation attributes (what it cannot say is dropped). */
function styleToAttributes(element: Element & ElementCSSInlineStyle) {
  const { style } = element;
  for (let i = 0; i < style.length; i++) {
    const property = style.item(i);
    if (PRESENTATION.has(property) && !element.hasAttribute(property))
      element.setAttribute(property, style.getPropertyValue(property));
  }
  element.removeAttribute('style');
}

/** Drops what draws nothing: empty titles and groups, unread attributes; rounds the geometry. */
function slim(svg: Element) {
  for (const element of svg.querySelectorAll('title, desc')) if (!element.textContent) element.remove();
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of UNREAD[element.localName] ?? []) element.removeAttribute(name);
    for (const { name, value } of [...element.attributes])
      if (GEOMETRY.has(name)) element.setAttribute(name, roundNumbers(value));
  }
  let empty = [...svg.querySelectorAll('g')].filter((g) => g.childElementCount === 0);
  while (empty.length > 0) {
    for (const g of empty) g.remove();
    empty = [...svg.querySelectorAll('g')].filter((g) => g.childElementCount === 0);
  }
}

/**
 * The markup of a drawn embed, ready for a static page: inline styles become SVG attributes or
 * go (layout comes from embed.css), Recharts' HTML tooltip box goes, and each drawing is slimmed.
 * The chart keeps its keyboard stop (tabindex): the script takes over when it is focused. Text was
 * escaped by React and stays escaped by the serializer.
 */
export function cleanStaticMarkup(root: Element): string {
  for (const tooltip of root.querySelectorAll('.recharts-tooltip-wrapper')) tooltip.remove();
  for (const element of root.querySelectorAll<Element & ElementCSSInlineStyle>('[style]')) {
    if (element.namespaceURI === SVG) styleToAttributes(element);
    else element.removeAttribute('style');
  }
  for (const svg of root.querySelectorAll('svg.recharts-surface')) slim(svg);
  const html = root.innerHTML;
  if (/\sstyle="/.test(html)) throw new Error('static embed markup still has a style attribute');
  return html;
}
