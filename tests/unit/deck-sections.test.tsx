import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../src/api/dataset-queries';
import { selectedKecamatan } from '../../src/features/presentation/deck/kecamatan-slides';
import { problemsSlide } from '../../src/features/presentation/deck/problems-slide';
import { kurvaSSlide } from '../../src/features/presentation/deck/progress-slides';
import { headlineSlide, mapSlide } from '../../src/features/presentation/deck/overview-slides';
import { slideMessages } from '../../src/features/presentation/deck/slide-messages';
import { sampleProjects } from './aggregate-arbitraries';

const projects = sampleProjects();
const dataset = {
  projects,
  meta: { asOf: '2023-12-29', isSample: true, sourceUrl: 'uji' },
  kurvaS: { points: [{ date: '2023-12-29', planned: 50, actual: 40, financial: 30 }] },
} as unknown as LoadedDataset;
const ctx = { dataset, projects, filterCaption: '', locale: 'id' as const, t: slideMessages.id };
/** The same deck filtered to its road works, as a link's `kategori=jalan` makes it. */
const roads = projects.filter((p) => p.category === 'jalan');
const roadsCtx = { ...ctx, projects: roads, filterCaption: 'Jalan' };
const NoChart = () => null;

describe('the deck ends with the kecamatan an audience asks about', () => {
  it('by default, the kecamatan with kritis works, most first, at most five', () => {
    const kritisBy = new Map<string, number>();
    for (const p of projects)
      if (p.progress.kritis?.kritis && p.kecamatan)
        kritisBy.set(p.kecamatan.slug, (kritisBy.get(p.kecamatan.slug) ?? 0) + 1);
    const chosen = selectedKecamatan(null, projects);
    expect(chosen.length).toBe(Math.min(5, kritisBy.size));
    const counts = chosen.map((k) => kritisBy.get(k.slug)!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(
      Math.max(0, ...[...kritisBy.values()].sort((a, b) => b - a).slice(5)),
    );
  });

  it('"tidak" leaves them out, "semua" gives all 23, a list gives those', () => {
    expect(selectedKecamatan('tidak', projects)).toEqual([]);
    expect(selectedKecamatan('semua', projects)).toHaveLength(23);
    expect(selectedKecamatan('babelan,tambun-selatan,babelan', projects).map((k) => k.slug)).toEqual([
      'babelan',
      'tambun-selatan',
    ]);
  });
});

it('the problems slide counts late, terminated and failed packages as the filters do', () => {
  const { container } = render(<>{problemsSlide(ctx).content}</>);
  const count = (key: string) =>
    Number(container.querySelector(`[data-problem="${key}"] .problems-slide__count`)!.textContent);
  expect(count('terlambat')).toBe(projects.filter((p) => p.progress.late).length);
  expect(count('putus-kontrak')).toBe(projects.filter((p) => p.status === 'putus-kontrak').length);
  expect(count('gagal-tender')).toBe(projects.filter((p) => p.status === 'gagal-tender').length);
});

describe('a filtered deck', () => {
  it('counts only the works its filters chose', () => {
    expect(roads.length).toBeGreaterThan(0);
    expect(roads.length).toBeLessThan(projects.length);
    const { container } = render(<>{problemsSlide(roadsCtx).content}</>);
    const count = (key: string) =>
      Number(container.querySelector(`[data-problem="${key}"] .problems-slide__count`)!.textContent);
    expect(count('terlambat')).toBe(roads.filter((p) => p.progress.late).length);
    const headline = render(<>{headlineSlide(roadsCtx).content}</>);
    expect(headline.getByText('Paket pekerjaan').nextElementSibling).toHaveTextContent(String(roads.length));
  });

  it("gives no programme-wide figure: the kurva S subtitle is the whole programme's alone", () => {
    expect(kurvaSSlide(ctx, NoChart).subtitle).toBe(
      'Rencana fisik 50 % · Realisasi fisik 40 % · Realisasi keuangan 30 %',
    );
    expect(kurvaSSlide(roadsCtx, NoChart).subtitle).toBeUndefined();
    expect(kurvaSSlide(roadsCtx, NoChart).notes).toBeUndefined();
  });

  it('does not call its map one of all works', () => {
    expect(mapSlide(ctx).title).toBe('Peta seluruh pekerjaan menurut status');
    expect(mapSlide(roadsCtx).title).toBe('Peta pekerjaan terpilih menurut status');
  });
});
