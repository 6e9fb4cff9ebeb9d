import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import samplePackage from '../../mocks/data/sample-package.json';
import { renderRoute } from '../render-route';
import type { ProjectMapProps } from '../../src/features/map/project-map';

// Leaflet needs a real canvas: the map is tested in Chromium (tests/e2e/specs/map.e2e.ts). Here a
// stand-in shows what the page hands the map and lets a test "click" a feature.
vi.mock('../../src/features/map/project-map', () => ({
  ProjectMap: (props: ProjectMapProps) => (
    <div data-testid="map-stub" data-count={props.projects.length} data-selected={props.selectedId ?? ''}>
      <button type="button" onClick={() => props.onSelect(props.projects[1]!.id)}>
        stub: select second feature
      </button>
    </div>
  ),
}));

interface RawProject {
  id: string;
  title: string;
  budget?: { amount?: { amount?: number } };
  contractingProcesses?: { summary?: { contractValue?: { amount?: number } } }[];
  locations?: { address?: { region?: string } }[];
}
const raw = (samplePackage as unknown as { projects: RawProject[] }).projects;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const pagu = (rows: RawProject[]) => rows.reduce((sum, p) => sum + (p.budget?.amount?.amount ?? 0), 0);
const contract = (rows: RawProject[]) =>
  rows.reduce(
    (sum, p) =>
      sum +
      (p.contractingProcesses?.find((c) => c.summary?.contractValue?.amount != null)?.summary?.contractValue
        ?.amount ?? 0),
    0,
  );

async function figures() {
  const count = await screen.findByTestId('project-count', {}, { timeout: 10_000 });
  const values = [...count.querySelectorAll('data')].map((d) => Number(d.getAttribute('value')));
  return { n: values[0], pagu: values[1], contract: values[2] };
}

describe('the map page (list side; the map itself is tested in Chromium)', () => {
  it('counts and totals every project of the package, as text and exact <data> values', async () => {
    renderRoute('/');
    expect(await figures()).toEqual({ n: raw.length, pagu: pagu(raw), contract: contract(raw) });
    expect(screen.getByTestId('project-count')).toHaveTextContent(`${raw.length} proyek`);
    expect((await screen.findByTestId('map-stub')).dataset.count).toBe(String(raw.length));
  });

  it('follows a kecamatan filter from the URL, list and map alike', async () => {
    const region = raw.find((p) => p.locations?.[0]?.address?.region)!.locations![0]!.address!.region!;
    const expected = raw.filter((p) =>
      p.locations?.some((l) => l.address?.region && slug(l.address.region) === slug(region)),
    );
    renderRoute(`/?kecamatan=${slug(region)}`);
    expect(await figures()).toEqual({
      n: expected.length,
      pagu: pagu(expected),
      contract: contract(expected),
    });
    expect((await screen.findByTestId('map-stub')).dataset.count).toBe(String(expected.length));
  });

  it('writes filters to the URL and a search narrows the list', async () => {
    const { router } = renderRoute('/');
    await figures();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'kritis');
    await waitFor(() => expect(router.state.location.search).toBe('?status=kritis'));
    const kritisCount = (await figures()).n!;
    expect(kritisCount).toBeGreaterThan(0);
    expect(kritisCount).toBeLessThan(raw.length);
    const target = raw[0]!;
    await userEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Cari' }), target.title);
    await waitFor(() => expect(screen.getByTestId('project-count')).toHaveTextContent(/^1 proyek/));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(target.title);
  });

  it('selects from the list or the map into one summary, and the URL keeps it', async () => {
    const { router } = renderRoute('/?urut=pagu-turun');
    await figures();
    const list = screen.getByTestId('project-list');
    const rows = within(list).getAllByRole('button');
    await userEvent.click(rows[0]!);
    const summary = await screen.findByTestId('project-summary');
    const id = new URLSearchParams(router.state.location.search).get('proyek')!;
    const biggest = [...raw].sort(
      (a, b) => (b.budget?.amount?.amount ?? 0) - (a.budget?.amount?.amount ?? 0),
    )[0]!;
    expect(id).toBe(biggest.id);
    expect(within(summary).getByRole('heading')).toHaveTextContent(biggest.title);
    expect(within(summary).getByRole('link', { name: 'Buka halaman proyek' })).toHaveAttribute(
      'href',
      `/proyek/${biggest.id}`,
    );
    expect(rows[0]).toHaveAttribute('aria-current', 'true');
    expect(screen.getByTestId('map-stub').dataset.selected).toBe(biggest.id);
  });

  it('highlights in the list what is selected on the map', async () => {
    renderRoute('/');
    await figures();
    await userEvent.click(await screen.findByRole('button', { name: 'stub: select second feature' }));
    const row = await screen.findByRole('button', { current: true });
    expect(row.dataset.projectId).toBe(raw[1]!.id);
    expect(within(screen.getByTestId('project-summary')).getByRole('heading')).toHaveTextContent(
      raw[1]!.title,
    );
  });

  it('selects with the keyboard alone: Tab to a row, arrows to move, Enter to choose', async () => {
    const { router } = renderRoute('/');
    await figures();
    const rows = within(screen.getByTestId('project-list')).getAllByRole('button');
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(rows[1]));
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('proyek')).toBe(raw[1]!.id),
    );
  });

  it('shows the indikasi kritis badge with its reason for a kritis project', async () => {
    const { router } = renderRoute('/?status=kritis');
    await figures();
    await userEvent.click(within(screen.getByTestId('project-list')).getAllByRole('button')[0]!);
    const badge = await screen.findByTestId('kritis-badge');
    expect(badge).toHaveTextContent(/Indikasi kritis.*tertinggal/);
    expect(router.state.location.search).toContain('proyek=');
  });

  it('ignores unknown and malformed parameters with a small notice, never a crash', async () => {
    renderRoute('/?kecamatan=atlantis&warna=pink&peta=1,2,3&proyek=tidak-ada&foo=bar&kategori=jalan');
    const notice = await screen.findByTestId('ignored-params', {}, { timeout: 10_000 });
    for (const name of ['kecamatan', 'warna', 'peta', 'proyek', 'foo'])
      expect(notice).toHaveTextContent(name);
    expect(notice).not.toHaveTextContent('kategori');
    expect((await figures()).n).toBeLessThan(raw.length);
  });
  it('keeps two quick filter changes made before the URL has caught up', async () => {
    const { router } = renderRoute('/');
    await figures();
    const search = screen.getByRole('search');
    const kecamatan = within(search).getByLabelText('Kecamatan', { selector: 'select' }) as HTMLSelectElement;
    const kategori = within(search).getByLabelText('Kategori', { selector: 'select' }) as HTMLSelectElement;
    const [, , second] = [...kecamatan.options].map((o) => o.value);
    // Two changes in one task: the router has not rendered the first URL when the second comes.
    act(() => {
      fireEvent.change(kecamatan, { target: { value: second } });
      fireEvent.change(kategori, { target: { value: 'jalan' } });
    });
    expect(kecamatan.value).toBe(second);
    expect(kategori.value).toBe('jalan');
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search);
      expect([params.get('kecamatan'), params.get('kategori')]).toEqual([second, 'jalan']);
    });
  });
});
