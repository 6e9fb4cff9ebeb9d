import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import samplePackage from '../../mocks/data/sample-package.json';
import { applyFilters } from '../../src/domain/filters/filters';
import { SIGNALS } from '../../src/domain/integrity/signals';
import { decodeIndex } from '../../src/domain/publish/index-file';
import { publishDataset } from '../../src/domain/publish/publish';
import type { ProjectMapProps } from '../../src/features/map/project-map';
import { independentSignals } from '../fixtures/independent-signals';
import { FIXTURE_PACKAGES, readFixture } from '../fixtures/read-fixture-packages';
import { servePackage } from '../fixtures/serve-package';
import { renderRoute } from '../render-route';

vi.mock('../../src/features/map/project-map', () => ({
  ProjectMap: (props: ProjectMapProps) => <div data-testid="map-stub" data-count={props.projects.length} />,
}));

const overTheWire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const sorted = (ids: readonly string[]) => [...ids].sort();

describe.each(FIXTURE_PACKAGES)('?tanda= on the %s package', (_name, pkg) => {
  const dataset = readFixture(pkg);
  const published = decodeIndex(overTheWire(publishDataset(dataset).index), 'index.json').projects;
  const oracle = independentSignals(pkg, new Set(dataset.projects.map((p) => p.id)));

  it.each(SIGNALS)('%s keeps exactly the projects the rule flags, raw and published alike', (slug) => {
    const expected = sorted(oracle[slug] ?? []);
    expect(sorted(applyFilters(dataset.projects, { tanda: slug }).map((p) => p.id))).toEqual(expected);
    expect(sorted(applyFilters(published, { tanda: slug }).map((p) => p.id))).toEqual(expected);
  });

  it('several signals keep a project any of them flags', () => {
    const expected = sorted([
      ...new Set([...(oracle['satu-penawar'] ?? []), ...(oracle['dekat-hps'] ?? [])]),
    ]);
    const shown = applyFilters(dataset.projects, { tanda: 'satu-penawar,dekat-hps' }).map((p) => p.id);
    expect(sorted(shown)).toEqual(expected);
  });
});

it('the sample carries a few of each signal: most projects are clean', () => {
  const dataset = readFixture(samplePackage);
  const oracle = independentSignals(samplePackage, new Set(dataset.projects.map((p) => p.id)));
  for (const slug of SIGNALS) {
    expect(oracle[slug]?.length ?? 0, slug).toBeGreaterThanOrEqual(1);
    expect(oracle[slug]?.length ?? 0, slug).toBeLessThanOrEqual(dataset.projects.length / 10);
  }
});

describe('the map page with ?tanda=', () => {
  it('lists only the flagged projects, each with its chip, and names the filter in the bar', async () => {
    servePackage(samplePackage, 'published');
    const dataset = readFixture(samplePackage);
    const expected = independentSignals(samplePackage, new Set(dataset.projects.map((p) => p.id)))[
      'satu-penawar'
    ]!;
    const { container } = renderRoute('/?tanda=satu-penawar');
    await waitFor(
      () =>
        expect(screen.getByTestId('project-count')).toHaveTextContent(
          new RegExp(`^${expected.length} proyek`),
        ),
      { timeout: 15_000 },
    );
    const rows = [...container.querySelectorAll<HTMLElement>('button[data-project-id]')];
    expect(sorted(rows.map((row) => row.dataset.projectId!))).toEqual(sorted(expected));
    for (const row of rows) expect(row.querySelector('[data-signal="satu-penawar"]')).not.toBeNull();
    expect(screen.getByLabelText('Tanda integritas')).toHaveDisplayValue('Satu penawar');
  });

  it('reports an unknown signal and still applies the known one', async () => {
    servePackage(samplePackage, 'published');
    renderRoute('/?tanda=satu-penawar,bukan-tanda');
    expect(await screen.findByText(/tidak dikenali dan diabaikan: tanda/)).toBeInTheDocument();
    expect(screen.getByLabelText('Tanda integritas')).toHaveDisplayValue('Satu penawar');
  });
});
