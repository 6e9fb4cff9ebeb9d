import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import samplePackage from '../../mocks/data/sample-package.json';
import { INDEX_URL, publishInMemory } from '../fixtures/serve-package';
import { server } from '../../mocks/node';
import { FETCHED_AT_HEADER } from '../../src/sw/cache-names';
import { renderRoute } from '../render-route';

async function openDeck(path: string) {
  const view = renderRoute(path);
  const deck = await screen.findByTestId('deck', undefined, { timeout: 10_000 });
  return { ...view, deck };
}

const search = (router: ReturnType<typeof renderRoute>['router']) => router.state.location.search;

describe('/presentasi', () => {
  it('opens the slide the URL names and announces it', async () => {
    const { deck } = await openDeck('/presentasi?slide=3');
    expect(screen.getByTestId('deck-live')).toHaveTextContent(/^Slide 3 dari \d+: Peta seluruh pekerjaan/);
    expect(
      within(deck).getByRole('heading', { level: 2, name: /Peta seluruh pekerjaan/ }),
    ).toBeInTheDocument();
    expect(within(deck).getByText('DATA CONTOH — bukan data resmi')).toBeInTheDocument();
  });

  it('moves with clicker keys and the URL follows', async () => {
    const { router } = await openDeck('/presentasi');
    const live = screen.getByTestId('deck-live');
    const total = Number(/dari (\d+)/.exec(live.textContent ?? '')![1]);
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(search(router)).toBe('?slide=2');
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(search(router)).toBe('?slide=4');
    expect(live).toHaveTextContent(`Slide 4 dari ${total}`);
    fireEvent.keyDown(window, { key: 'PageUp' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(search(router)).toBe('?slide=2');
    fireEvent.keyDown(window, { key: 'End' });
    expect(search(router)).toBe(`?slide=${total}`);
    fireEvent.keyDown(window, { key: 'Home' });
    expect(search(router)).toBe('');
    fireEvent.keyDown(window, { key: '7' });
    expect(screen.getByTestId('deck-jump')).toHaveTextContent('Ke slide 7');
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(search(router)).toBe('?slide=7');
    expect(screen.queryByTestId('deck-jump')).not.toBeInTheDocument();
  });

  it('shows every main slide: headline figures, budgets, kurva S, kritis, flagships, sources', async () => {
    const { deck } = await openDeck('/presentasi');
    const titles: string[] = [];
    const total = Number(/dari (\d+)/.exec(screen.getByTestId('deck-live').textContent ?? '')![1]);
    for (let i = 0; i < total; i++) {
      titles.push(within(deck).getAllByRole('heading', { level: 2 })[0]!.textContent ?? '');
      fireEvent.keyDown(window, { key: 'ArrowRight' });
    }
    expect(titles).toEqual(
      expect.arrayContaining([
        'Angka utama',
        'Peta seluruh pekerjaan menurut status',
        'Anggaran per bidang',
        'Anggaran per kecamatan',
        'Kurva S program',
        'Progres fisik dan keuangan per bidang',
        'Paket dengan indikasi kritis',
        'Sumber data dan catatan',
      ]),
    );
    expect(titles.some((t) => /Kalimalang/.test(t))).toBe(true);
    expect(titles.some((t) => /CBL/.test(t))).toBe(true);
  });

  it('adds one slide per kecamatan with ?slide-kecamatan=semua, or the one asked for', async () => {
    const all = await openDeck('/presentasi?slide-kecamatan=semua&slide=200');
    const allTotal = Number(/dari (\d+)/.exec(screen.getByTestId('deck-live').textContent ?? '')![1]);
    all.unmount();
    await openDeck('/presentasi?kecamatan=cikarang-utara&slide=200');
    const oneTotal = Number(/dari (\d+)/.exec(screen.getByTestId('deck-live').textContent ?? '')![1]);
    expect(allTotal - oneTotal).toBe(22);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getByRole('heading', { level: 2, name: 'Kecamatan Cikarang Utara' })).toBeInTheDocument();
  });

  it('rewrites an old link whose kecamatan list sits in the filter parameter, with the same slides', async () => {
    const slideCount = () => Number(/dari (\d+)/.exec(screen.getByTestId('deck-live').textContent ?? '')![1]);
    const current = await openDeck('/presentasi?slide-kecamatan=semua');
    const expected = slideCount();
    current.unmount();
    const { router } = await openDeck('/presentasi?kecamatan=semua&slide=2');
    expect(search(router)).toBe('?slide=2&slide-kecamatan=semua');
    expect(slideCount()).toBe(expected);
  });

  it('names the filters of a link that the deck does not apply, and none for its kecamatan', async () => {
    await openDeck('/presentasi?kategori=jalan&status=terlambat&q=kali');
    expect(screen.getByTestId('deck-filters-not-applied')).toHaveTextContent(
      'seluruh program, jadi filter dari tautan ini tidak diterapkan: kategori, status, q.',
    );
  });

  it('shows no such notice for a kecamatan, which picks its slide', async () => {
    await openDeck('/presentasi?kecamatan=babelan');
    expect(screen.queryByTestId('deck-filters-not-applied')).toBeNull();
  });

  it('prints a handout with every slide and its notes', async () => {
    renderRoute('/presentasi?cetak=1');
    const handout = await screen.findByTestId('handout', undefined, { timeout: 10_000 });
    const slides = within(handout).getAllByTestId('handout-slide');
    expect(slides.length).toBeGreaterThanOrEqual(12);
    // Every kritis package is in the handout, on as many pages as the deck gives them.
    expect(
      within(handout).getAllByRole('heading', { level: 2, name: 'Paket dengan indikasi kritis' }).length,
    ).toBeGreaterThanOrEqual(2);
    expect(within(handout).getByRole('button', { name: 'Cetak / simpan PDF' })).toBeInTheDocument();
  });

  it('gives the presenter the current and next slide with notes', async () => {
    renderRoute('/presentasi?penyaji=1&slide=2');
    const view = await screen.findByTestId('presenter-view', undefined, { timeout: 10_000 });
    expect(within(view).getByRole('region', { name: 'Slide saat ini' })).toHaveTextContent('Angka utama');
    expect(within(view).getByRole('region', { name: 'Slide berikutnya' })).toHaveTextContent(
      'Peta seluruh pekerjaan',
    );
    expect(within(view).getByTestId('presenter-notes')).toHaveTextContent(/Pagu Rp/);
  });
  it("says it shows the saved copy as soon as the data is the service worker's offline copy", async () => {
    const { index } = publishInMemory(samplePackage);
    server.use(
      http.get(INDEX_URL, () =>
        HttpResponse.json(index, { headers: { [FETCHED_AT_HEADER]: '2026-11-30T08:46:00.000Z' } }),
      ),
    );
    await openDeck('/presentasi');
    const freshness = await screen.findByTestId('data-freshness');
    expect(freshness).toHaveTextContent(/LURING: salinan tersimpan, diambil/);
    expect(freshness.querySelector('time')).toHaveAttribute('datetime', '2026-11-30T08:46:00.000Z');
  });

  it("does not claim to be offline when the network answered, and shows no date but the data's", async () => {
    await openDeck('/presentasi');
    await screen.findByTestId('deck');
    expect(screen.queryByText(/LURING/)).toBeNull();
    expect(screen.queryByText(/diperbarui/i)).toBeNull();
    // The footer's one date is the data's own ("Data per 29 Desember 2023").
    expect(document.querySelectorAll('.deck time')).toHaveLength(0);
    expect(screen.getAllByText(/Data per 29 Desember 2023/).length).toBeGreaterThan(0);
  });
});
