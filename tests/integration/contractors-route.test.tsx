import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import samplePackage from '../../mocks/data/sample-package.json';
import hostilePackage from '../fixtures/hostile/hostile-package.json';
import { PAYLOADS } from '../fixtures/hostile/build-hostile-package';
import { http } from 'msw';
import { server } from '../../mocks/node';
import { INDEX_URL, servePackage } from '../fixtures/serve-package';
import { renderRoute } from '../render-route';
import { contractorKey } from '../../src/domain/integrity/package-standing';
import type { ProjectMapProps } from '../../src/features/map/project-map';

// Leaflet needs a real canvas: the map is drawn in Chromium (tests/e2e/specs/contractors.e2e.ts).
// Here a stand-in shows which packages the page hands the map and lets a test "click" one.
vi.mock('../../src/features/map/project-map', () => ({
  ProjectMap: (props: ProjectMapProps) => (
    <div data-testid="map-stub" data-ids={props.projects.map((p) => p.id).join(' ')}>
      <button type="button" onClick={() => props.onSelect(props.projects[0]!.id)}>
        stub: select first feature
      </button>
    </div>
  ),
}));

interface RawProject {
  id: string;
  title: string;
  parties?: { name: string; roles: string[] }[];
  contractingProcesses?: { summary?: { contractValue?: { amount?: number } } }[];
}
const raw = (samplePackage as unknown as { projects: RawProject[] }).projects;
const supplierOf = (p: RawProject) => p.parties?.find((party) => party.roles.includes('supplier'))?.name;
const valueOf = (p: RawProject) =>
  p.contractingProcesses?.find((c) => c.summary?.contractValue?.amount != null)?.summary?.contractValue
    ?.amount;
/** Counted from the JSON alone, independently of the app's aggregation. */
const byContractor = new Map<string, RawProject[]>();
for (const p of raw) {
  const name = supplierOf(p);
  if (name) byContractor.set(name, [...(byContractor.get(name) ?? []), p]);
}
const withoutContractor = raw.filter((p) => !supplierOf(p)).length;
const [busiest, busiestProjects] = [...byContractor].sort((a, b) => b[1].length - a[1].length)[0]!;

const SLOW = 30_000;

async function tableRows() {
  const table = await screen.findByRole('table', {}, { timeout: 15_000 });
  return within(table).getAllByRole('row').slice(1);
}
const rowNames = (rows: HTMLElement[]) => rows.map((r) => within(r).getByRole('rowheader').textContent);
const rowValues = (rows: HTMLElement[]) =>
  rows.map((r) => Number(r.querySelectorAll('td')[1]!.querySelector('data')!.getAttribute('value')));
const sortButton = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });

describe('/penyedia', () => {
  it(
    'lists every contractor, largest contract value first, and says how many packages have none',
    async () => {
      renderRoute('/penyedia');
      const rows = await tableRows();
      expect(rows).toHaveLength(byContractor.size);
      const values = rowValues(rows);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      const total = raw.reduce((sum, p) => sum + (valueOf(p) ?? 0), 0);
      const contractorTotal = [...byContractor.values()]
        .flat()
        .reduce((sum, p) => sum + (valueOf(p) ?? 0), 0);
      expect(values.reduce((a, b) => a + b, 0)).toBe(contractorTotal);
      expect(contractorTotal).toBeLessThanOrEqual(total);
      expect(screen.getByTestId('unassigned')).toHaveTextContent(`${withoutContractor} paket tanpa penyedia`);
      expect(screen.getByTestId('contractors-shown')).toHaveTextContent(
        `${byContractor.size} dari ${byContractor.size} penyedia`,
      );
      expect(screen.getByRole('columnheader', { name: /Nilai kontrak/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
      expect(screen.getAllByTestId('sample-notice').length).toBeGreaterThan(0);
      expect(screen.getByTestId('data-source')).toHaveTextContent(/per 29 Desember 2023/);
      const link = within(rows[0]!).getByRole('link');
      expect(link.getAttribute('href')).toBe(`/penyedia/${contractorKey(link.textContent!)}`);
    },
    SLOW,
  );

  it(
    'sorts by a header button into the URL, and from the URL',
    async () => {
      const { router } = renderRoute('/penyedia');
      await tableRows();
      await userEvent.click(sortButton('Penyedia'));
      await waitFor(() => expect(router.state.location.search).toBe('?urut=penyedia&arah=naik'));
      const names = rowNames(await tableRows());
      expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!, 'id')));
      expect(screen.getByRole('columnheader', { name: /Penyedia/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
      await userEvent.click(sortButton('Penyedia'));
      await waitFor(() => expect(router.state.location.search).toBe('?urut=penyedia&arah=turun'));

      await act(() => router.navigate('/penyedia?urut=paket&arah=turun'));
      await waitFor(() => expect(rowNames(screen.getAllByRole('row').slice(1))[0]).toBe(busiest));
      expect(screen.getByRole('columnheader', { name: /Paket/ })).toHaveAttribute('aria-sort', 'descending');
    },
    SLOW,
  );

  it(
    'filters by name (q) and by kecamatan, and reports unknown parameters with the default sort',
    async () => {
      const { router } = renderRoute('/penyedia?urut=harga&arah=kiri');
      await tableRows();
      expect(screen.getByTestId('ignored-params')).toHaveTextContent('urut, arah');
      expect(screen.getByRole('columnheader', { name: /Nilai kontrak/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      );

      await userEvent.type(
        screen.getByRole('searchbox', { name: 'Cari nama penyedia' }),
        busiest.slice(0, 24),
      );
      await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBeTruthy());
      await waitFor(async () => expect(rowNames(await tableRows())).toContain(busiest));
      const matching = [...byContractor.keys()].filter((n) =>
        n.toLowerCase().includes(busiest.slice(0, 24).toLowerCase()),
      );
      expect(await tableRows()).toHaveLength(matching.length);

      await act(() => router.navigate('/penyedia?q=tidak-ada-penyedia-seperti-ini'));
      expect(await screen.findByText('Tidak ada penyedia yang cocok dengan saringan ini.')).toBeVisible();

      await act(() => router.navigate('/penyedia?kecamatan=babelan'));
      const inBabelan = await tableRows();
      expect(inBabelan.length).toBeLessThan(byContractor.size);
      expect(screen.getByRole('table')).toHaveTextContent(/Kec\. Babelan/);
    },
    SLOW,
  );
});

describe('/penyedia while its data arrives', () => {
  it(
    'keeps the name a reader is typing, and the focus, when the table arrives',
    async () => {
      let release = () => {};
      const held = new Promise<void>((done) => (release = done));
      // Holds the index, then lets the default handler answer it.
      server.use(http.get(INDEX_URL, async () => void (await held)));
      renderRoute('/penyedia');
      const search = await screen.findByRole(
        'searchbox',
        { name: 'Cari nama penyedia' },
        { timeout: 15_000 },
      );
      await userEvent.type(search, 'cv');
      release();
      await tableRows();
      const now = screen.getByRole('searchbox', { name: 'Cari nama penyedia' });
      expect(now).toBe(search);
      expect(now).toHaveFocus();
      expect(now).toHaveValue('cv');
    },
    SLOW,
  );
});

describe('/penyedia/:id', () => {
  it(
    'shows one contractor: name, figures, its packages as links and on the map, the kurva S summary',
    async () => {
      renderRoute(`/penyedia/${contractorKey(busiest)}`);
      expect(
        await screen.findByRole('heading', { level: 1, name: busiest }, { timeout: 15_000 }),
      ).toBeVisible();
      await waitFor(() => expect(document.title).toBe(`${busiest} · PantauBangun`));
      const figure = (name: string) =>
        Number(document.querySelector(`[data-figure="${name}"] data`)?.getAttribute('value'));
      expect(figure('paket')).toBe(busiestProjects.length);
      expect(figure('nilai')).toBe(busiestProjects.reduce((sum, p) => sum + (valueOf(p) ?? 0), 0));
      const list = screen.getByTestId('contractor-projects');
      const links = within(list)
        .getAllByRole('link')
        .filter((a) => a.getAttribute('href')?.startsWith('/proyek/'));
      expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(
        busiestProjects.map((p) => `/proyek/${encodeURIComponent(p.id)}`).sort(),
      );
      const map = await screen.findByTestId('map-stub');
      expect(map.dataset.ids!.split(' ').sort()).toEqual(busiestProjects.map((p) => p.id).sort());
      await userEvent.click(within(map).getByRole('button'));
      expect(within(screen.getByTestId('contractor-selected')).getByRole('link')).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/proyek\//),
      );
      expect(await screen.findByTestId('contractor-curve', {}, { timeout: 15_000 })).toHaveTextContent(
        /Per .* progres fisik gabungan .* terhadap rencana/,
      );
      expect(screen.getByRole('link', { name: 'Semua penyedia' })).toHaveAttribute('href', '/penyedia');
    },
    SLOW,
  );

  it('says clearly when no contractor has the id, with the way back', async () => {
    renderRoute('/penyedia/tidak-ada-penyedia-ini');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Penyedia tidak ditemukan' }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.getByText(/tidak-ada-penyedia-ini/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Lihat semua penyedia' })).toHaveAttribute('href', '/penyedia');
  });
});

describe('hostile names', () => {
  const hostileName = `CV ${PAYLOADS.attr} ${PAYLOADS.img}`;

  it(
    'are text on the list and on the contractor page, never markup',
    async () => {
      servePackage(hostilePackage);
      const { container, unmount } = renderRoute('/penyedia');
      const rows = await tableRows();
      const link = within(rows[0]!).getByRole('link');
      expect(link.textContent).toBe(hostileName);
      expect(link.getAttribute('href')).toBe(`/penyedia/${contractorKey(hostileName)}`);
      expect(
        container.querySelector('main img, main script, main svg:not([aria-hidden]), main iframe'),
      ).toBeNull();
      unmount();

      const page = renderRoute(`/penyedia/${contractorKey(hostileName)}`);
      expect(
        await screen.findByRole('heading', { level: 1, name: hostileName }, { timeout: 15_000 }),
      ).toBeVisible();
      expect(page.container.querySelector('main img, main script, main iframe, main style')).toBeNull();
      expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
      // The package's own publisher name is hostile too: shown as text.
      expect(screen.getByTestId('data-source')).toHaveTextContent('<script>');
    },
    SLOW,
  );
});
