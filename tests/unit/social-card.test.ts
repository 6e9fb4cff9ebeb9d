import { describe, expect, it } from 'vitest';
import {
  cardChartRoom,
  chartWidthToFill,
  socialCardSvg,
  wrapText,
  type SocialCardContent,
} from '../../src/lib/download/social-card';
import { socialTags } from '../../tools/vite/embed-prerender';

const content: SocialCardContent = {
  title: 'Paket paling tertinggal dari rencana',
  summary: 'Yang paling jauh: <script>alert(1)</script> & "Jalan" \'Raya\' (−56 poin).',
  lines: ['Sumber: Dinas SDABMBK · Data per 29 Desember 2023', 'Situs: https://pantaubangun.example'],
  sampleLabel: 'DATA CONTOH — bukan data resmi',
  chart: { width: 1000, height: 400, body: '<rect x="0" y="0" width="10" height="10" fill="#000"></rect>' },
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

function boxOf(element: Element) {
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) => Number(element.getAttribute(a)));
  return { x: x!, y: y!, width: width!, height: height! };
}

/** What the chart's <svg> really covers: its viewBox scaled to fit its box (preserveAspectRatio meet). */
function drawnBox(chart: Element) {
  const box = boxOf(chart);
  const [, , width, height] = chart.getAttribute('viewBox')!.split(' ').map(Number);
  const scale = Math.min(box.width / width!, box.height / height!);
  return { width: width! * scale, height: height! * scale, scale };
}

describe('the link preview card', () => {
  it('is one well-formed SVG of 1200×630 with the data’s text escaped, never markup', () => {
    const doc = parse(socialCardSvg(content));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('width')).toBe('1200');
    expect(doc.documentElement.getAttribute('height')).toBe('630');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const text = [...doc.getElementsByTagName('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('DATA CONTOH — bukan data resmi');
    expect(text).toContain('Data per 29 Desember 2023');
  });

  it('keeps the sample label in the chart’s area, over none of its marks, and the chart inside the card', () => {
    const sizes = [
      { width: 1200, height: 630 },
      { width: 1200, height: 675 },
      { width: 1080, height: 1080 },
      { width: 1080, height: 1920 },
      { width: 1200 },
    ];
    for (const size of sizes) {
      const doc = parse(socialCardSvg(content, size));
      const height = Number(doc.documentElement.getAttribute('height'));
      const chart = boxOf(doc.documentElement.getElementsByTagName('svg')[0]!);
      expect(chart.x + chart.width).toBeLessThanOrEqual(size.width);
      expect(chart.y + chart.height).toBeLessThanOrEqual(height);
      const label = boxOf(doc.querySelector('[data-role="sample-label"] rect')!);
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.y).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width).toBeLessThanOrEqual(size.width);
      expect(label.y + label.height).toBeLessThanOrEqual(height);
      if (size.height && size.height < size.width) {
        // Beside the chart, running up its side from its top: height is what a landscape card lacks.
        expect(label.x + label.width).toBeLessThanOrEqual(chart.x);
        expect(chart.x - (label.x + label.width)).toBeLessThan(40);
        expect(label.y).toBeLessThan(chart.y + chart.height);
        expect(label.y + label.height).toBeGreaterThan(chart.y);
      } else {
        expect(label.y + label.height).toBeLessThanOrEqual(chart.y);
        expect(chart.y - label.y).toBeLessThan(80);
      }
    }
  });

  describe('on a landscape card (X 1200×675, the link preview 1200×630)', () => {
    const landscape = [
      { width: 1200, height: 675 },
      { width: 1200, height: 630 },
    ];
    // 23 kecamatan are ~700 px tall at any width: the tallest programme chart.
    const tall = { width: 600, height: 700, body: '<rect width="10" height="10"></rect>' };

    it('gives a tall chart the card’s height, so its 12 px text stays at least 10 px', () => {
      for (const size of landscape) {
        const doc = parse(socialCardSvg({ ...content, chart: tall }, size));
        const drawn = drawnBox(doc.documentElement.getElementsByTagName('svg')[0]!);
        expect(drawn.height / size.height).toBeGreaterThanOrEqual(0.7);
        expect(12 * drawn.scale).toBeGreaterThanOrEqual(10);
      }
    });

    it('fills the room it announces when the chart is drawn at the width it asks for', () => {
      for (const size of landscape) {
        const room = cardChartRoom(content, size);
        const width = chartWidthToFill(room, tall.height);
        const doc = parse(socialCardSvg({ ...content, chart: { ...tall, width } }, size));
        const drawn = drawnBox(doc.documentElement.getElementsByTagName('svg')[0]!);
        expect(drawn.width).toBeGreaterThanOrEqual(room.width - 2);
        expect(drawn.height).toBeGreaterThanOrEqual(room.height - 2);
        expect((drawn.width * drawn.height) / (size.width * size.height)).toBeGreaterThanOrEqual(0.5);
        expect(12 * drawn.scale).toBeGreaterThanOrEqual(10);
      }
    });

    it('keeps its text in the left column, clear of the chart and its label, one line under another', () => {
      const long = {
        ...content,
        title: 'Realisasi fisik dan keuangan per bidang urusan pekerjaan umum dan penataan ruang 2023',
        summary: `${content.summary} `.repeat(6),
      };
      for (const size of landscape) {
        const doc = parse(socialCardSvg(long, size));
        const label = boxOf(doc.querySelector('[data-role="sample-label"] rect')!);
        const texts = [...doc.querySelectorAll('svg > text')];
        let previous = 0;
        for (const text of texts) {
          const bold = text.getAttribute('font-weight') === '700';
          const fontSize = Number(text.getAttribute('font-size'));
          const right =
            Number(text.getAttribute('x')) + text.textContent!.length * fontSize * (bold ? 0.64 : 0.56);
          expect(right).toBeLessThanOrEqual(label.x);
          const baseline = Number(text.getAttribute('y'));
          expect(baseline - fontSize * 0.8).toBeGreaterThanOrEqual(previous);
          previous = baseline;
        }
        expect(previous).toBeLessThanOrEqual(size.height);
        expect(texts.map((t) => t.textContent).join(' ')).toContain('Data per 29 Desember 2023');
      }
    });
  });

  it('leaves the label out for data that is not a sample', () => {
    const svg = socialCardSvg({ ...content, sampleLabel: undefined });
    expect(svg).not.toContain('DATA CONTOH');
  });

  it('wraps between words and marks a cut with an ellipsis', () => {
    const lines = wrapText('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh', 10, 100, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(wrapText('pendek', 10, 100, 2)).toEqual(['pendek']);
  });

  it('writes meta tags whose attributes hold the data’s text inert', () => {
    const tags = socialTags(
      content,
      'https://pantaubangun.example/embed/x/og.png',
      'Judul "x" — PantauBangun',
    );
    expect(tags).toContain('property="og:image" content="https://pantaubangun.example/embed/x/og.png"');
    expect(tags).not.toContain('<script');
    expect(tags).toContain('&quot;Jalan&quot;');
    expect(tags).toContain('twitter:card" content="summary_large_image"');
  });
});
