import { describe, expect, it } from 'vitest';
import { socialCardSvg, wrapText, type SocialCardContent } from '../../src/lib/download/social-card';
import { socialTags } from '../../tools/vite/embed-prerender';

const content: SocialCardContent = {
  title: 'Paket paling tertinggal dari rencana',
  summary: 'Yang paling jauh: <script>alert(1)</script> & "Jalan" \'Raya\' (−56 poin).',
  lines: ['Sumber: Dinas SDABMBK · Data per 29 Desember 2023', 'Situs: https://pantaubangun.example'],
  sampleLabel: 'DATA CONTOH — bukan data resmi',
  chart: { width: 1000, height: 400, body: '<rect x="0" y="0" width="10" height="10" fill="#000"></rect>' },
};

describe('the link preview card', () => {
  it('is one well-formed SVG of 1200×630 with the data’s text escaped, never markup', () => {
    const svg = socialCardSvg(content);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
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
    for (const size of [{ width: 1200, height: 630 }, { width: 1080, height: 1920 }, { width: 1200 }]) {
      const doc = new DOMParser().parseFromString(socialCardSvg(content, size), 'image/svg+xml');
      const height = Number(doc.documentElement.getAttribute('height'));
      const chart = doc.documentElement.getElementsByTagName('svg')[0]!;
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(chart.getAttribute(a)));
      expect(x! + w!).toBeLessThanOrEqual(size.width);
      expect(y! + h!).toBeLessThanOrEqual(height);
      const label = doc.querySelector('[data-role="sample-label"] rect')!;
      const top = Number(label.getAttribute('y'));
      const bottom = top + Number(label.getAttribute('height'));
      expect(bottom).toBeLessThanOrEqual(y!);
      expect(y! - top).toBeLessThan(80);
      expect(Number(label.getAttribute('x')) + Number(label.getAttribute('width'))).toBeLessThanOrEqual(
        size.width,
      );
    }
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
