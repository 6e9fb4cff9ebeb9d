import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../src/api/dataset-queries';
import { selectedKecamatan } from '../../src/features/presentation/deck/kecamatan-slides';
import { problemsSlide } from '../../src/features/presentation/deck/problems-slide';
import { slideMessages } from '../../src/features/presentation/deck/slide-messages';
import { sampleProjects } from './aggregate-arbitraries';

const projects = sampleProjects();
const dataset = {
  projects,
  meta: { asOf: '2023-12-29', isSample: true, sourceUrl: 'uji' },
} as unknown as LoadedDataset;
const ctx = { dataset, locale: 'id' as const, t: slideMessages.id };

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
