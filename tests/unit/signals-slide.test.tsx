import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import samplePackage from '../../mocks/data/sample-package.json';
import type { LoadedDataset } from '../../src/api/dataset-queries';
import { signalsSlide } from '../../src/features/presentation/deck/signals-slide';
import { slideMessages } from '../../src/features/presentation/deck/slide-messages';
import { SIGNALS } from '../../src/domain/integrity/signals';
import { independentSignals } from '../fixtures/independent-signals';
import { readFixture } from '../fixtures/read-fixture-packages';

it('the deck counts every signal as the public sees it, and the three columns add up to every package', () => {
  const { projects, meta } = readFixture(samplePackage);
  const dataset = { projects, meta } as unknown as LoadedDataset;
  const oracle = independentSignals(samplePackage, new Set(projects.map((p) => p.id)));
  const slide = signalsSlide({ dataset, projects, filterCaption: '', locale: 'id', t: slideMessages.id });
  const { container } = render(<>{slide.content}</>);
  const rows = [...container.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
  expect(rows.map((r) => r[0])).toHaveLength(SIGNALS.length);
  rows.forEach((cells, i) => {
    const [flagged, clear, unknown] = cells.slice(1).map(Number);
    expect(flagged, SIGNALS[i]).toBe(oracle[SIGNALS[i]!]?.length ?? 0);
    expect(flagged! + clear! + unknown!).toBe(projects.length);
  });
  expect(slide.subtitle).toContain('sinyal, bukan tuduhan');
});
