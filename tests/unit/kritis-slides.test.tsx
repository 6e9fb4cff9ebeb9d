import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../src/api/dataset-queries';
import { kritisSlides } from '../../src/features/presentation/deck/kritis-slide';
import { slideMessages } from '../../src/features/presentation/deck/slide-messages';
import { sampleProjects } from './aggregate-arbitraries';

const projects = sampleProjects();
const dataset = {
  projects,
  meta: { asOf: '2023-12-29', isSample: true, sourceUrl: 'uji' },
} as unknown as LoadedDataset;
const kritis = projects.filter((p) => p.progress.kritis?.kritis);

describe('kritis slides', () => {
  it('show every package with an indikasi kritis, seven to a slide, none twice', () => {
    expect(kritis.length).toBeGreaterThan(7);
    const slides = kritisSlides({ dataset, projects, filterCaption: '', locale: 'id', t: slideMessages.id });
    expect(slides).toHaveLength(Math.ceil(kritis.length / 7));
    const shown = slides.flatMap((slide) => {
      const { container } = render(<>{slide.content}</>);
      return [...container.querySelectorAll('tbody tr')].map(
        (row) => row.querySelector('th, td')!.textContent,
      );
    });
    expect(shown.sort()).toEqual(kritis.map((p) => p.title).sort());
    expect(slides[1]!.subtitle).toBe(`${kritis.length} paket · halaman 2 dari ${slides.length}`);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('say so when no package is kritis', () => {
    const none = { ...dataset, projects: projects.filter((p) => !p.progress.kritis?.kritis) };
    const slides = kritisSlides({
      dataset: none,
      projects: none.projects,
      filterCaption: '',
      locale: 'id',
      t: slideMessages.id,
    });
    expect(slides).toHaveLength(1);
    const { container } = render(<>{slides[0]!.content}</>);
    expect(container.textContent).toContain('Tidak ada paket dengan indikasi kritis');
  });
});
