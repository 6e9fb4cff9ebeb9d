import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import samplePackage from '../../mocks/data/sample-package.json';
import { readPackage } from '../../src/domain/dataset/read-package';
import { readBoundaryCollection } from '../../src/domain/geo/boundaries';
import { displayStatus } from '../../src/domain/map/colours';
import { homePreview } from '../../src/prerender/home-preview';

const dataset = readPackage(samplePackage, { sourceUrl: 'x', fallbackAsOf: '2023-12-29' });
const boundaries = readBoundaryCollection(JSON.parse(readFileSync('public/geo/kecamatan.geojson', 'utf8')));

describe("the map page's link preview", () => {
  const preview = homePreview(dataset.projects, dataset.meta, boundaries, 'https://pantaubangun.example');
  const svg = new JSDOM(`<svg xmlns="http://www.w3.org/2000/svg">${preview.card.chart.body}</svg>`).window
    .document;

  it('draws the 23 kecamatan and a legend whose counts add up to every project', () => {
    expect(svg.querySelectorAll('.status-map__areas path')).toHaveLength(23);
    const counts = [...svg.querySelectorAll('text')].map((text) =>
      Number(/: (\d+)$/.exec(text.textContent!)?.[1]),
    );
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(dataset.projects.length);
    const kritis = dataset.projects.filter((p) => displayStatus(p) === 'kritis').length;
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain(
      `Indikasi kritis: ${kritis}`,
    );
  });

  it('says the headline figures with the data’s date, and that the data is a sample', () => {
    const kritis = dataset.projects.filter((p) => p.progress.kritis?.kritis).length;
    expect(preview.description).toMatch(
      new RegExp(`^Semua ${dataset.projects.length} paket · pagu Rp [\\d,]+ M · `),
    );
    expect(preview.description).toContain(` · ${kritis} indikasi kritis. Data per 29 Desember 2023.`);
    expect(preview.description).toMatch(/DATA CONTOH — bukan data resmi\.$/);
    expect(preview.card.sampleLabel).toBe('DATA CONTOH — bukan data resmi');
    expect(preview.card.lines.at(-1)).toBe('Situs: https://pantaubangun.example');
  });
});
