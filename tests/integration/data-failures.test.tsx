import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { dataUrlFor, PACKAGE_URL, SERVE_MODES, servePackage } from '../fixtures/serve-package';
import { renderRoute } from '../render-route';

describe.each(SERVE_MODES)('bad data never blanks the app (%s)', (mode) => {
  const serve = (body: Record<string, unknown>) => servePackage(body, mode);
  // Where the page's dataset comes from: index.json when published, else the package.
  const DATA = dataUrlFor(mode);

  it('lists the projects of any valid package, with their count as text', async () => {
    serve(
      makePackage([makeProject(), makeProject({ id: 'oc4ids-test-0002', title: 'Normalisasi Kali Contoh' })]),
    );
    renderRoute('/');
    expect(await screen.findByText('2 proyek')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Normalisasi Kali Contoh/ }));
    expect(await screen.findByRole('link', { name: 'Buka halaman proyek' })).toHaveAttribute(
      'href',
      '/proyek/oc4ids-test-0002',
    );
    expect(screen.queryByTestId('sample-notice')).not.toBeInTheDocument();
  });

  it('labels sample data "DATA CONTOH"', async () => {
    serve(makePackage([makeProject()], { x_sample: true }));
    renderRoute('/');
    expect(await screen.findByTestId('sample-notice')).toHaveTextContent('DATA CONTOH');
  });

  it.each([
    ['an HTTP 500', () => new HttpResponse('oops', { status: 500 }), 'Server data sedang bermasalah'],
    ['a network failure', () => HttpResponse.error(), 'Tidak ada sambungan ke server data'],
  ])('explains %s and offers a retry that works', async (_name, failure, message) => {
    serve(makePackage([makeProject()]));
    // Handlers added later win: the failure answers once, then the good package.
    server.use(http.get(DATA, failure, { once: true }));
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    await userEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('1 proyek')).toBeInTheDocument();
  });

  it('explains a package that is not JSON and offers a retry that works', async () => {
    serve(makePackage([makeProject()]));
    const notJson = () => new HttpResponse('<html>not json</html>', { status: 200 });
    server.use(http.get(PACKAGE_URL, notJson, { once: true }));
    if (DATA !== PACKAGE_URL) server.use(http.get(DATA, notJson, { once: true }));
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data yang diterima rusak');
    await userEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('1 proyek')).toBeInTheDocument();
  });

  if (mode === 'published')
    it('reads the package when the published index is missing or not an index (a host answering HTML)', async () => {
      serve(makePackage([makeProject(), makeProject({ id: 'oc4ids-test-0002' })]));
      server.use(http.get(DATA, () => new HttpResponse('<html>SPA</html>', { status: 200 }), { once: true }));
      renderRoute('/');
      expect(await screen.findByText('2 proyek')).toBeInTheDocument();
    });

  it('explains a package that fails the schema and offers a retry that works', async () => {
    serve(makePackage([makeProject()]));
    // A published folder whose index is unusable falls back to its package: both fail here once.
    const notAPackage = () => HttpResponse.json({ projects: 42 });
    server.use(http.get(PACKAGE_URL, notAPackage, { once: true }));
    if (DATA !== PACKAGE_URL) server.use(http.get(DATA, notAPackage, { once: true }));
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data bukan paket OC4IDS yang sah');
    await userEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('1 proyek')).toBeInTheDocument();
  });

  it('says so when the package is empty', async () => {
    serve(makePackage([]));
    renderRoute('/');
    expect(await screen.findByTestId('empty-package')).toBeInTheDocument();
    expect(screen.getByText('0 proyek')).toBeInTheDocument();
  });

  it('shows the valid projects and names the invalid ones', async () => {
    serve(makePackage([makeProject(), { id: 'rusak-1', title: 'Proyek rusak', budget: 7 }]));
    renderRoute('/');
    expect(await screen.findByText('1 proyek')).toBeInTheDocument();
    const notice = screen.getByTestId('rejected-notice');
    expect(notice).toHaveTextContent('1 proyek tidak dapat ditampilkan');
    expect(notice).toHaveTextContent('Proyek rusak');
  });

  it('dates a package without publishedDate by its newest record, and says where the date comes from', async () => {
    serve(makePackage([makeProject({ updated: '2023-09-03T08:00:00Z' })], { publishedDate: undefined }));
    renderRoute('/');
    expect(await screen.findByTestId('as-of-notice')).toHaveTextContent(
      'tidak mencantumkan tanggal terbit. Tanggal “Data per” (3 September 2023) diambil dari catatan terbaru',
    );
    expect(await screen.findByText(/^Sumber data: .* · Data per 3 September 2023\./)).toBeInTheDocument();
  });

  it('says a package with no date at all is judged at the day it is opened, not dated by it', async () => {
    const undated = makeProject({ metrics: [], forecasts: [] });
    serve(makePackage([undated], { publishedDate: undefined }));
    renderRoute('/');
    expect(await screen.findByTestId('as-of-notice')).toHaveTextContent(
      /dihitung per hari paket dibuka .*bukan tanggal data/,
    );
    // Every line that dates the figures names that day for what it is.
    expect(
      await screen.findByText(/^Sumber data: .* · Dihitung per \d{1,2} \w+ \d{4}\./),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Data per \d/)).not.toBeInTheDocument();
  });

  it('adds no date note to a package that states its publishedDate', async () => {
    serve(makePackage([makeProject()]));
    renderRoute('/');
    expect(await screen.findByText('1 proyek')).toBeInTheDocument();
    expect(screen.queryByTestId('as-of-notice')).not.toBeInTheDocument();
  });

  it('explains an invalid config.json', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json({ dataUrl: 42 })));
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Konfigurasi situs tidak sah');
  });

  it('keeps the last good data when a refresh fails', async () => {
    serve(makePackage([makeProject()]));
    const { queryClient } = renderRoute('/');
    expect(await screen.findByText('1 proyek')).toBeInTheDocument();
    server.use(http.get(DATA, () => new HttpResponse(null, { status: 503 })));
    await queryClient.refetchQueries({ queryKey: ['dataset'] });
    await waitFor(() => expect(screen.getByText(/data terakhir yang berhasil dimuat/)).toBeInTheDocument());
    expect(screen.getByText('1 proyek')).toBeInTheDocument();
  });

  it('speaks English when asked and remembers it', async () => {
    serve(makePackage([makeProject()]));
    const first = renderRoute('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByText('1 project')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    first.unmount();
    renderRoute('/');
    expect(await screen.findByText('1 project')).toBeInTheDocument();
  });

  it('shows a not-found page for unknown addresses', async () => {
    renderRoute('/tidak-ada');
    expect(await screen.findByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});
