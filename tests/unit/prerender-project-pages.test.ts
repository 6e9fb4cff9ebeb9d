import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  carriedDocument,
  projectImageFile,
  projectEmbedFile,
  projectEmbedPreview,
  projectPreviewTags,
  styleRules,
  stylesToAttributes,
} from '../../tools/vite/prerender';
import { projectPreviewText } from '../../src/features/project/project-preview';
import { projectSocialCard, progressBarsSvg } from '../../src/features/project/project-social-card';
import { withDescription } from '../../tools/social/preview-tags';
import type { Project } from '../../src/domain/project/types';
import type { DatasetMeta } from '../../src/domain/dataset/types';

/** A project whose title carries markup: every output must keep it text. */
const previewed = {
  id: 'p1',
  title: 'Jalan "A" <b>B</b> & C',
  category: 'jalan',
  status: 'pelaksanaan',
  kecamatan: { code: '32.16.01', name: 'Tarumajaya' },
  pagu: 2_200_000_000,
  contractor: "CV O'Neil",
  progress: {
    reportDate: '2023-12-22',
    planned: 80,
    actual: 61.5,
    deviation: -18.5,
    kritis: { kritis: true },
    late: false,
    hasProgressData: true,
  },
} as unknown as Project;

describe('a project page that carries its own file', () => {
  it('keeps hostile text inert: nothing in the data can close the script element', () => {
    const file = JSON.stringify({ title: '</script><script>alert(1)</script><!--', n: 1 });
    const html = `<head>${carriedDocument('/data/x/proyek/a"b.json', file)}</head>`;
    const dom = new JSDOM(html);
    const scripts = dom.window.document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.type).toBe('application/json');
    expect(scripts[0]!.dataset.document).toBe('/data/x/proyek/a"b.json');
    // The same document comes back out, byte for byte in meaning.
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(JSON.parse(file));
  });
});

describe('a project page link preview', () => {
  const project = previewed;
  const meta: DatasetMeta = { asOf: '2023-12-29', isSample: true, sourceUrl: 'x' };

  it('says what, where, how much, who, how far along on which date, the verdict and the sample label', () => {
    expect(projectPreviewText(project, meta)).toBe(
      "Jalan di Kec. Tarumajaya, pelaksanaan · pagu Rp 2,2 M · penyedia CV O'Neil · progres fisik 61,5 % " +
        '(rencana 80 %) per 22 Desember 2023 · indikasi kritis: ya. Data per 29 Desember 2023. ' +
        'DATA CONTOH — bukan data resmi.',
    );
  });

  it("keeps hostile text inert in the tags and points at the page's own picture", () => {
    const card = projectSocialCard(project, meta);
    const tags = projectPreviewTags(
      { html: '', title: project.title, preview: { description: projectPreviewText(project, meta), card } },
      `/${projectImageFile('/proyek/p1')}`,
    );
    const dom = new JSDOM(`<head>${tags}</head>`);
    const metas = dom.window.document.querySelectorAll('meta');
    expect(metas).toHaveLength(9);
    expect(dom.window.document.querySelector('b')).toBeNull();
    const content = (selector: string) =>
      dom.window.document.querySelector(selector)!.getAttribute('content');
    expect(content('meta[property="og:title"]')).toBe(project.title);
    expect(content('meta[property="og:image"]')).toBe('/proyek/p1/og.png');
    expect(content('meta[property="og:image:alt"]')).toContain(project.title);
    expect(content('meta[property="og:type"]')).toBe('article');
    expect(projectPreviewTags({ html: '', title: 'x' }, '/x.png')).toBe('');
  });

  it("titles the project's kurva S embed page as that chart, with the project's text and picture", () => {
    const card = projectSocialCard(project, meta);
    const description = projectPreviewText(project, meta);
    const preview = projectEmbedPreview(
      { html: '', title: project.title, preview: { description, card } },
      '/proyek/p1/og.png',
    )!;
    const dom = new JSDOM(`<head>${preview.tags}</head>`);
    const content = (selector: string) =>
      dom.window.document.querySelector(selector)!.getAttribute('content');
    expect(dom.window.document.querySelector('b')).toBeNull();
    expect(content('meta[property="og:title"]')).toBe(`Kurva S: ${project.title}`);
    expect(content('meta[property="og:description"]')).toBe(description);
    expect(content('meta[property="og:image"]')).toBe('/proyek/p1/og.png');
    expect(preview.title).toBe(`${project.title} — PantauBangun`);
    expect(projectEmbedFile('p1')).toBe('embed/kurva-s-proyek/p1/index.html');
    expect(projectEmbedPreview({ html: '', title: 'x' }, '/x.png')).toBeUndefined();
  });
});

describe('a project page preview picture', () => {
  const meta: DatasetMeta = {
    asOf: '2023-12-29',
    isSample: true,
    sourceUrl: 'x',
    publisher: 'Dinas <SDABMBK>',
  };
  const project = { ...previewed, progress: { ...previewed.progress, financialPercent: 40 } } as Project;

  it('draws plan and progress as bars whose length is their value, each with its number', () => {
    const card = projectSocialCard(project, meta, 'https://pantaubangun.example');
    const svg = new JSDOM(`<svg xmlns="http://www.w3.org/2000/svg">${card.chart.body}</svg>`).window.document;
    const widths = [...svg.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(widths).toHaveLength(3);
    // One scale from 0 to 100 %: lengths in the ratio of the values.
    expect(widths[1]! / widths[0]!).toBeCloseTo(61.5 / 80, 5);
    expect(widths[2]! / widths[0]!).toBeCloseTo(40 / 80, 5);
    const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['Rencana fisik', '80 %', 'Realisasi fisik', '61,5 %', '40 %']),
    );
    expect(card.summary).toBe('Jalan di Kec. Tarumajaya, pelaksanaan · pagu Rp 2,2 M · indikasi kritis: ya');
    expect(card.lines).toEqual([
      'Sumber: Dinas <SDABMBK> · Progres per 22 Desember 2023 · Data per 29 Desember 2023',
      'Situs: https://pantaubangun.example',
    ]);
    expect(card.sampleLabel).toBe('DATA CONTOH — bukan data resmi');
  });

  it('says so when a project has no progress report, drawing no bar', () => {
    const chart = progressBarsSvg([]);
    expect(chart.body).toContain('Belum ada laporan progres');
    expect(chart.body).not.toContain('<rect');
  });
});

describe('inline sizes in a first screen', () => {
  it('become data attributes with one stylesheet rule each (the policy forbids style attributes)', () => {
    const styles = new Map<string, number>();
    const html = stylesToAttributes(
      '<div class="a" style="height:392px"></div><div style="width:100%;height:332px;min-width:0"></div><p style="height:392px"></p>',
      styles,
    );
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toBe(
      '<div class="a" data-pb-style="0"></div><div data-pb-style="1"></div><p data-pb-style="0"></p>',
    );
    expect(styleRules(styles)).toBe(
      "[data-pb-style='0']{height:392px}\n[data-pb-style='1']{width:100%;height:332px;min-width:0}",
    );
  });

  it('refuses any style that is not a plain layout value', () => {
    for (const style of [
      'background:url(x)',
      'color:red',
      'width:expression(alert(1))',
      'height:1px;top:calc(1px)',
    ])
      expect(() => stylesToAttributes(`<i style="${style}"></i>`, new Map())).toThrow(/style attribute/);
  });
});

describe("a page's description", () => {
  it('is replaced, not repeated, and stays text', () => {
    const html = '<head>\n<meta\n  name="description"\n  content="umum"\n/>\n</head>';
    const out = withDescription(html, 'Jalan "A" <b>B</b> $& C');
    expect(out.match(/name="description"/g)).toHaveLength(1);
    const dom = new JSDOM(out);
    expect(dom.window.document.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(
      'Jalan "A" <b>B</b> $& C',
    );
  });
});
