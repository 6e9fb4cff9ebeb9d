import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, STATUS_COLOURS } from '../../src/domain/map/colours';

/** sRGB hex to CIE Lab (D65), for the colour difference a reader sees. */
function lab(hex: string): [number, number, number] {
  const linear = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = linear;
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
  return [116 * xyz[1]! - 16, 500 * (xyz[0]! - xyz[1]!), 200 * (xyz[1]! - xyz[2]!)];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe.each([
  ['status', STATUS_COLOURS],
  ['kategori', CATEGORY_COLOURS],
] as const)('map colours by %s', (_, colours) => {
  const entries = Object.entries(colours);
  it('give no two legend entries colours a reader could confuse (ΔE76 ≥ 15)', () => {
    const close = entries.flatMap(([a, ca], i) =>
      entries
        .slice(i + 1)
        .flatMap(([b, cb]) => (deltaE(ca, cb) < 15 ? [`${a}/${b}: ${deltaE(ca, cb).toFixed(1)}`] : [])),
    );
    expect(close).toEqual([]);
  });
  it('keep 3:1 against the light map (WCAG 1.4.11)', () => {
    for (const [name, colour] of entries)
      expect(1.05 / (luminance(colour) + 0.05), name).toBeGreaterThanOrEqual(3);
  });
});
