import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import samplePackage from '../../mocks/data/sample-package.json';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { renderRoute } from '../render-route';
import { servePackage } from '../fixtures/serve-package';
import { CHART_IDS } from '../../src/features/charts/catalog';

const figure = (container: HTMLElement, name: string) =>
  container.querySelector(`[data-figure="${name}"] data`)?.getAttribute('value');

async function headlineOf(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('[data-figure="paket"] data')).not.toBeNull(), {
    timeout: 15_000,
  });
  return {
    paket: Number(figure(container, 'paket')),
    pagu: Number(figure(container, 'pagu')),
  };
}

// The whole page (seven charts and their tables) for 160 projects is slow to draw in jsdom.
const SLOW = 60_000;

describe('/statistik', () => {
  it('shows headline figures for all packages, then for the filter in the URL', async () => {
    const { container, router } = renderRoute('/statistik');
    const all = await headlineOf(container);
    expect(all.paket).toBe(samplePackage.projects.length);
    expect(all.pagu).toBe(
      samplePackage.projects.reduce((sum, p) => sum + (p.budget?.amount?.amount ?? 0), 0),
    );
    expect(container.querySelectorAll('figure[data-chart]')).toHaveLength(CHART_IDS.length);
    expect(screen.queryAllByTestId('chart-filters')).toHaveLength(0);
    expect(screen.getAllByTestId('sample-notice').length).toBeGreaterThan(0);
    // The kritis figure states the whole rule, the fiscal-year clause with it.
    const kritisNote = container.querySelector('[data-figure="kritis"] .headline-figure__note');
    expect(kritisNote?.textContent).toMatch(/10 poin .* 5 poin .* melewati 31 Desember tahun anggarannya/);

    await act(() => router.navigate('/statistik?kategori=jembatan'));
    await waitFor(() => expect(Number(figure(container, 'paket'))).toBeLessThan(all.paket));
    const bridges = samplePackage.projects.filter((p) =>
      p.additionalClassifications?.some((c) => c.scheme === 'x_kategori' && c.id === 'jembatan'),
    );
    expect(Number(figure(container, 'paket'))).toBe(bridges.length);
    expect(Number(figure(container, 'pagu'))).toBe(
      bridges.reduce((sum, p) => sum + (p.budget?.amount?.amount ?? 0), 0),
    );
    expect(screen.getByRole('link', { name: 'Lihat di peta' }).getAttribute('href')).toBe(
      '/?kategori=jembatan',
    );
    // Every chart names the filter it was drawn from, and so does its table (and PNG, embed code).
    await waitFor(() =>
      expect(screen.getAllByTestId('chart-filters').map((line) => line.textContent)).toEqual(
        CHART_IDS.map(() => 'Jembatan'),
      ),
    );
    const caption = container.querySelector('figure[data-chart="status"] table caption');
    expect(caption?.textContent).toBe('Status paket — Jembatan');
  });

  it(
    'shows an empty state in every chart when the filter leaves nothing',
    async () => {
      const { container } = renderRoute('/statistik?q=tidak-ada-paket-seperti-ini');
      await headlineOf(container);
      expect(figure(container, 'paket')).toBe('0');
      expect(figure(container, 'pagu')).toBe('0');
      // Percentages of nothing are unknown, not 0 % and not NaN.
      expect(container.querySelector('[data-figure="serapan"] data')).toBeNull();
      expect(container.querySelector('[data-figure="serapan"]')!.textContent).toContain('–');
      expect(container.querySelectorAll('.chart-card__empty')).toHaveLength(CHART_IDS.length);
      expect(container.querySelector('svg.recharts-surface')).toBeNull();
      expect(container.textContent).not.toMatch(/NaN|Infinity/);
    },
    SLOW,
  );

  it(
    'counts a package without a kecamatan under "Tanpa lokasi"',
    async () => {
      const nowhere = makeProject({ id: 'tanpa-lokasi-1', locations: [] });
      servePackage(makePackage([nowhere]));
      const { container } = renderRoute('/statistik');
      await headlineOf(container);
      const table = container.querySelector('figure[data-chart="anggaran-kecamatan"] table')!;
      expect(table.textContent).toContain('Tanpa lokasi');
    },
    SLOW,
  );

  it(
    'keeps the kecamatan chart order in the address: read, written, shared, and a bad value named',
    async () => {
      const rowNames = (container: HTMLElement) =>
        [
          ...container.querySelectorAll(
            'figure[data-chart="anggaran-kecamatan"] table tbody tr td:first-child',
          ),
        ].map((cell) => cell.textContent ?? '');
      const { container, router } = renderRoute('/statistik?urut-kecamatan=nama');
      await headlineOf(container);
      const select = within(
        container.querySelector<HTMLElement>('figure[data-chart="anggaran-kecamatan"]')!,
      ).getByLabelText('Urutkan') as HTMLSelectElement;
      expect(select.value).toBe('name');
      const byName = rowNames(container).filter((name) => name !== 'Tanpa lokasi');
      expect(byName.length).toBeGreaterThan(2);
      expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'id')));
      expect(screen.queryByTestId('ignored-params')).toBeNull();

      fireEvent.change(select, { target: { value: 'value-asc' } });
      await waitFor(() => expect(router.state.location.search).toBe('?urut-kecamatan=naik'));
      const share = container.querySelector<HTMLAnchorElement>(
        '#anggaran-kecamatan a[href*="wa.me"], #anggaran-kecamatan a[href*="whatsapp"]',
      );
      expect(decodeURIComponent(share?.href ?? '')).toContain(
        '/statistik?urut-kecamatan=naik#anggaran-kecamatan',
      );
      fireEvent.change(select, { target: { value: 'value-desc' } });
      await waitFor(() => expect(router.state.location.search).toBe(''));

      await act(() => router.navigate('/statistik?urut-kecamatan=acak'));
      expect(await screen.findByTestId('ignored-params')).toHaveTextContent('urut-kecamatan');
      expect(select.value).toBe('value-desc');
    },
    SLOW,
  );
});
