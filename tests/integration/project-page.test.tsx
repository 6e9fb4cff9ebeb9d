import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SERVE_MODES, servePackage, type ServeMode } from '../fixtures/serve-package';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { renderRoute } from '../render-route';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { defaultConfig } from '../../mocks/handlers/config';

let mode: ServeMode = 'published';
const serve = (projects: unknown[], overrides: Record<string, unknown> = {}) =>
  servePackage(makePackage(projects, overrides), mode);

const heading = (name: string | RegExp) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });

describe.each(SERVE_MODES)('/proyek/:id, the project signboard (%s)', (serveMode) => {
  beforeEach(() => {
    mode = serveMode;
  });

  it('shows every signboard fact, the kurva S and the kritis badge', async () => {
    serve([makeProject()]);
    renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    await waitFor(() => expect(document.title).toBe('Rekonstruksi Jalan Contoh Ruas A · PantauBangun'));
    expect(screen.getByTestId('fact-pagu')).toHaveTextContent('Rp 1.000.000.000');
    expect(screen.getByTestId('fact-hps')).toHaveTextContent('Rp 980.000.000');
    expect(screen.getByTestId('contract-hps-ratio')).toHaveTextContent('91,84 % dari HPS');
    expect(screen.getByTestId('fact-funding')).toHaveTextContent('APBD');
    expect(screen.getByTestId('fact-contractor')).toHaveTextContent('CV Contoh Uji (fiktif)');
    expect(screen.getByTestId('fact-duration')).toHaveTextContent('150 hari kalender');
    expect(screen.getByTestId('fact-kecamatan')).toHaveTextContent('Cikarang Utara');
    // As of 15 Aug 2023: plan 50 on 1 Aug, actual 45: lag 5, period I, not kritis.
    expect(screen.getByTestId('kritis-badge')).toHaveAttribute('data-state', 'aman');
    expect(screen.getByTestId('kritis-explanation')).toHaveTextContent('tertinggal 5 poin');
    expect(screen.getByRole('heading', { name: /^Kurva S: / })).toBeInTheDocument();
    expect(screen.getByTestId('compare-financial')).toHaveTextContent('30 %');
    expect(screen.getByTestId('compare-sentence')).toHaveTextContent('di bawah kemajuan fisik');
    // The QR modules follow in a render of their own, after the page.
    await waitFor(() => expect(screen.getByTestId('qr-code').querySelector('path')).toHaveAttribute('d'));
    expect(document.body.textContent).not.toMatch(/undefined|NaN/);
  });

  it('judges a package without publishedDate at its newest record, and says so on the page', async () => {
    // Newest record: the 1 Aug report. Plan 50 against actual 45 on that day, as if it were published then.
    serve([makeProject()], { publishedDate: undefined });
    renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    expect(await screen.findByTestId('as-of-notice')).toHaveTextContent('(1 Agustus 2023)');
    expect(screen.getByTestId('kritis-explanation')).toHaveTextContent('tertinggal 5 poin');
  });

  it('draws each chart legend inside its SVG, so the PNG and the print carry it', async () => {
    serve([makeProject()]);
    renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    const legendOf = async (chart: string) => {
      const figure = document.querySelector(`[data-chart^="${chart}"]`);
      await waitFor(() => expect(figure?.querySelector('svg.recharts-surface .chart-legend')).not.toBeNull());
      return [...figure!.querySelectorAll('svg.recharts-surface .chart-legend text')].map(
        (t) => t.textContent,
      );
    };
    expect(await legendOf('kurva-s')).toEqual([
      'Rencana fisik',
      'Realisasi fisik',
      'Realisasi keuangan (serapan)',
      'Toleransi (−10 poin; −5 di atas 70 %)',
    ]);
    expect(await legendOf('deviasi')).toEqual([
      'Sesuai atau di depan rencana',
      'Terlambat, dalam toleransi',
      'Terlambat melebihi toleransi',
      'Batas toleransi',
    ]);
  });

  it('says "tidak tersedia" for every missing field, never a blank', async () => {
    serve([
      makeProject({
        budget: undefined,
        contractingProcesses: undefined,
        locations: undefined,
        forecasts: undefined,
        metrics: undefined,
      }),
    ]);
    renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    for (const id of [
      'fact-pagu',
      'fact-hps',
      'fact-contract-value',
      'fact-contractor',
      'fact-duration',
      'fact-volume',
    ])
      expect(screen.getByTestId(id)).toHaveTextContent('tidak tersedia');
    expect(screen.getByTestId('kritis-badge')).toHaveAttribute('data-state', 'tidak-dinilai');
    expect(screen.getByText(/Belum ada data rencana maupun realisasi/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/undefined|NaN/);
  });

  it('renders one progress point and out-of-order dates honestly', async () => {
    serve([
      makeProject({
        forecasts: [
          {
            id: 'physicalProgress',
            observations: [
              { id: '3', measure: 100, period: { endDate: '2023-10-28' } },
              { id: '1', measure: 10, period: { endDate: '2023-07-01' } },
            ],
          },
        ],
        metrics: [
          {
            id: 'physicalProgress',
            observations: [{ id: '1', measure: 5, period: { endDate: '2023-07-01' } }],
          },
        ],
      }),
    ]);
    renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    const table = screen.getAllByRole('table')[0]!;
    const dates = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.firstElementChild?.textContent);
    expect(dates).toEqual(['1 Juli 2023', '28 Oktober 2023']);
    expect(screen.getByTestId('kritis-explanation')).toHaveTextContent('rencana 10 %, realisasi 5 %');
  });

  it('links only http(s) documents, names unsafe ones, and explains location problems', async () => {
    serve([
      makeProject({
        locations: [
          {
            id: '1',
            description: 'Jalan Tertukar',
            geometry: { type: 'Point', coordinates: [-6.27, 107.155] },
          },
        ],
        documents: [
          {
            id: 'a',
            documentType: 'contractSigned',
            title: 'Kontrak aman',
            url: 'https://contoh.invalid/k.pdf',
          },
          { id: 'b', documentType: 'tenderNotice', title: 'Tautan jahat', url: 'javascript:alert(1)' },
        ],
      }),
    ]);
    renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    expect(screen.getByRole('link', { name: 'Kontrak aman' })).toHaveAttribute(
      'href',
      'https://contoh.invalid/k.pdf',
    );
    expect(screen.queryByRole('link', { name: 'Tautan jahat' })).not.toBeInTheDocument();
    expect(screen.getByTestId('unsafe-link')).toBeInTheDocument();
    expect(screen.getByTestId('location-issue')).toHaveTextContent('tertukar');
  });

  it('prefills LAPOR! and WhatsApp with the name, id and link', async () => {
    serve([makeProject()]);
    renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    // config.json names the public site; the QR and the shared text point there.
    const link = 'https://pantaubangun.example/proyek/oc4ids-test-0001';
    const wa = new URL(screen.getByTestId('whatsapp-link').getAttribute('href')!);
    expect(wa.origin).toBe('https://wa.me');
    expect(wa.searchParams.get('text')).toContain('Rekonstruksi Jalan Contoh Ruas A');
    expect(wa.searchParams.get('text')).toContain('oc4ids-test-0001');
    expect(wa.searchParams.get('text')).toContain(link);
    expect(screen.getByTestId('lapor-link')).toHaveAttribute('href', 'https://www.lapor.go.id/');
    expect(screen.getByTestId('report-text')).toHaveValue(wa.searchParams.get('text'));
    expect(screen.getByTestId('page-url')).toHaveTextContent(link);
  });

  it('labels WhatsApp a share with a friend, unless config.json names the Dinas number', async () => {
    serve([makeProject()]);
    const first = renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    expect(screen.getByTestId('whatsapp-link')).toHaveTextContent('Bagikan ke teman lewat WhatsApp');
    expect(new URL(screen.getByTestId('whatsapp-link').getAttribute('href')!).pathname).toBe('/');
    first.unmount();
    const config = {
      ...defaultConfig,
      ...(mode === 'raw' && { indexUrl: undefined }),
      reportWhatsApp: '+6281234567890',
    };
    server.use(http.get('*/config.json', () => HttpResponse.json(config)));
    renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    const link = screen.getByTestId('whatsapp-link');
    expect(link).toHaveTextContent('Laporkan ke Dinas lewat WhatsApp');
    expect(new URL(link.getAttribute('href')!).pathname).toBe('/6281234567890');
  });

  it('draws the location inside its kecamatan, links it to the map, and leads back to the list', async () => {
    serve([
      makeProject({
        locations: [
          {
            id: '1',
            description: 'Jalan Contoh',
            // A road across Cikarang Utara: drawn as a line, not a point.
            geometry: {
              type: 'LineString',
              coordinates: [
                [107.15, -6.27],
                [107.16, -6.275],
              ],
            },
          },
        ],
      }),
      makeProject({ id: 'oc4ids-test-0002', title: 'Jembatan Contoh' }),
    ]);
    const { router } = renderRoute('/proyek/oc4ids-test-0001');
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    const map = await screen.findByTestId('location-map');
    expect(map).toHaveAccessibleName(
      'Peta lokasi: Rekonstruksi Jalan Contoh Ruas A, di Kecamatan Cikarang Utara',
    );
    const shape = map.querySelector('[data-project-shape]')!;
    expect(shape.tagName).toBe('path');
    expect(shape.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    // The kecamatan's outline arrives with the boundaries, and its neighbours around it.
    await waitFor(() => expect(map.querySelector('.location-map__kecamatan')).not.toBeNull());
    expect(map.querySelectorAll('.location-map__neighbour').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Lihat di peta proyek' })).toHaveAttribute(
      'href',
      '/?kecamatan=cikarang-utara&proyek=oc4ids-test-0001',
    );
    // Opened straight from a link, there is no list to go back to: it offers the kecamatan's works.
    const back = screen.getByRole('link', { name: '← Semua proyek di Kecamatan Cikarang Utara' });
    expect(back).toHaveAttribute('href', '/?kecamatan=cikarang-utara');
    await router.navigate('/proyek/oc4ids-test-0002');
    await heading('Jembatan Contoh');
    // Opened from within the app, it is the browser's Back.
    screen.getByRole('button', { name: '← Kembali' }).click();
    await heading('Rekonstruksi Jalan Contoh Ruas A');
    expect(router.state.location.pathname).toBe('/proyek/oc4ids-test-0001');
  });

  it('gives an unknown id a not-found page with a way back', async () => {
    serve([makeProject()]);
    renderRoute('/proyek/tidak-ada');
    await heading('Proyek tidak ditemukan');
    expect(screen.getByText(/"tidak-ada"/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kembali ke peta proyek' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Proyek tidak ditemukan · PantauBangun'));
  });
});
