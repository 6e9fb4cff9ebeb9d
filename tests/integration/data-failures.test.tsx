import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { SAMPLE_DATA_PATH } from '../../mocks/data/paths';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { renderRoute } from '../render-route';

const DATA = `*/${SAMPLE_DATA_PATH}`;
const serve = (body: Record<string, unknown>) => server.use(http.get(DATA, () => HttpResponse.json(body)));

describe('bad data never blanks the app', () => {
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
    [
      'non-JSON',
      () => new HttpResponse('<html>not json</html>', { status: 200 }),
      'Data yang diterima rusak',
    ],
    [
      'a package that fails the schema',
      () => HttpResponse.json({ projects: 42 }),
      'Data bukan paket OC4IDS yang sah',
    ],
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
