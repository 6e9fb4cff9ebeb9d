import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { servePackage } from '../fixtures/serve-package';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { renderRoute } from '../render-route';
import { BROKEN_CELLS, VALID_IDS } from '../fixtures/spreadsheets/mixed-rows';
import { LOCAL_PACKAGE_INFO_KEY, LOCAL_PACKAGE_KEY } from '../../src/domain/export/local-package';

const serve = (body: Record<string, unknown>) => servePackage(body);

/** Captures what the page hands to the browser as a download. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:uji';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

afterEach(() => vi.restoreAllMocks());

describe('/data', () => {
  const pkg = makePackage(
    [
      makeProject(),
      makeProject({ id: 'oc4ids-test-0002', title: 'Normalisasi Kali Contoh', additionalClassifications: [{ scheme: 'x_kategori', id: 'normalisasi' }] }),
    ],
    { x_sample: true, license: 'https://creativecommons.org/licenses/by/4.0/' },
  ); // prettier-ignore

  it('explains the data, its methodology and glossary', async () => {
    serve(pkg);
    renderRoute('/data');
    expect(await screen.findByRole('heading', { name: 'Tentang data' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/Penerbit Uji/, { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://creativecommons.org/licenses/by/4.0/' })).toBeInTheDocument();
    expect(screen.getByText(/Paket yang sedang ditampilkan adalah DATA CONTOH/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cara angka dihitung' })).toBeInTheDocument();
    expect(screen.getByText(/tertinggal lebih dari 10 poin/)).toBeInTheDocument();
    for (const term of ['Pagu', 'HPS (Harga Perkiraan Sendiri)', 'Nilai kontrak', 'Realisasi', 'Serapan anggaran', 'Deviasi', 'Kontrak kritis', 'SCM (Show Cause Meeting)'])
      expect(screen.getByText(term, { selector: 'dt' })).toBeInTheDocument();
  }); // prettier-ignore

  it('downloads the current filter as CSV and everything as OC4IDS', async () => {
    serve(pkg);
    const { blobs, names } = captureDownloads();
    renderRoute('/data?kategori=normalisasi');
    expect(await screen.findByTestId('jumlah-saringan', {}, { timeout: 10_000 })).toHaveTextContent(
      '1 proyek',
    );
    expect(screen.getByTestId('jumlah-semua')).toHaveTextContent('2 proyek');
    await userEvent.click(screen.getByTestId('unduh-saringan-csv'));
    // The full records are read from the package first (off the main thread in a browser).
    // Sample data says so in its file name too.
    await waitFor(() => expect(names[0]).toBe('pantaubangun-contoh-2023-08-15-kategori-normalisasi.csv'));
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('Normalisasi Kali Contoh');
    await userEvent.click(screen.getByTestId('unduh-semua-oc4ids'));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const json = JSON.parse(await blobs[1]!.text()) as { projects: unknown[]; x_sample: boolean };
    expect(json.projects).toHaveLength(2);
    expect(json.x_sample).toBe(true);
  });
});

describe('/data/impor', () => {
  const file = (name: string) =>
    new File([readFileSync(`tests/fixtures/spreadsheets/${name}`)], name, { type: 'text/csv' });

  it('reports every broken cell by row and column and keeps the valid rows', async () => {
    renderRoute('/data/impor');
    await userEvent.upload(
      await screen.findByTestId('import-file', {}, { timeout: 10_000 }),
      file('impor-campuran.csv'),
    );
    expect(await screen.findByTestId('import-summary')).toHaveTextContent(
      `${VALID_IDS.length} baris sah, 8 baris bermasalah.`,
    );
    const items = within(screen.getByTestId('import-problems')).getAllByRole('listitem');
    for (const cell of BROKEN_CELLS) {
      const item = items.find(
        (li) =>
          li.dataset.row === String(cell.row) &&
          li.dataset.column === cell.column &&
          li.dataset.code === cell.code,
      );
      expect(item, `${cell.row}${cell.column} ${cell.code}`).toBeDefined();
      expect(item).toHaveTextContent(new RegExp(`^Galat: Baris ${cell.row}, kolom ${cell.column} `));
    }
    const preview = screen.getByRole('table', { name: /baris sah/ });
    for (const id of VALID_IDS) expect(within(preview).getByText(id)).toBeInTheDocument();
  });

  it('lets the person remap a column by hand', async () => {
    renderRoute('/data/impor');
    await userEvent.upload(
      await screen.findByTestId('import-file', {}, { timeout: 10_000 }),
      file('impor-campuran.csv'),
    );
    await screen.findByTestId('import-summary');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Kolom B \(Nama paket\)/ }), '');
    expect(await screen.findByText(/Kolom "Nama paket" belum ditentukan/)).toBeInTheDocument();
  });

  it('keeps the package in this browser for the dashboard, and downloads OC4IDS', async () => {
    const { blobs } = captureDownloads();
    renderRoute('/data/impor');
    await userEvent.upload(
      await screen.findByTestId('import-file', {}, { timeout: 10_000 }),
      file('impor-campuran.csv'),
    );
    await userEvent.click(await screen.findByTestId('import-download'));
    const pkg = JSON.parse(await blobs[0]!.text()) as { projects: { id: string }[] };
    expect(pkg.projects.map((p) => p.id)).toEqual(VALID_IDS);
    serve(makePackage([makeProject()]));
    await userEvent.click(screen.getByTestId('import-view'));
    await waitFor(() => expect(localStorage.getItem(LOCAL_PACKAGE_KEY)).not.toBeNull());
    expect(JSON.parse(localStorage.getItem(LOCAL_PACKAGE_INFO_KEY)!)).toMatchObject({
      fileName: 'impor-campuran.csv',
      projectCount: VALID_IDS.length,
    });
  });

  it('explains a file it cannot read', async () => {
    renderRoute('/data/impor');
    // The input accepts .xlsx/.csv only; a person can still drop anything, so skip that filter.
    await userEvent
      .setup({ applyAccept: false })
      .upload(
        await screen.findByTestId('import-file'),
        new File(['x'], 'lama.xls', { type: 'application/vnd.ms-excel' }),
      );
    expect(await screen.findByRole('alert')).toHaveTextContent('Jenis berkas tidak didukung');
  });
});
