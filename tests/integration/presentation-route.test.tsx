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

/** The headline slide's package count: the value under its label. */
const packagesFigure = (deck: HTMLElement) => within(deck).getByText('Paket pekerjaan').nextElementSibling!;

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
    // Read as the new form from the first render: "semua" is never called an unknown kecamatan.
    expect(screen.queryByTestId('ignored-params')).toBeNull();
  });

  it('presents the projects a link filters on, and says so on every slide and in the notice', async () => {
    const slideCount = () => Number(/dari (\d+)/.exec(screen.getByTestId('deck-live').textContent ?? '')![1]);
    const whole = await openDeck('/presentasi?slide=2');
    const wholePackages = packagesFigure(whole.deck).textContent;
    const wholeSlides = slideCount();
    expect(screen.queryByTestId('deck-filtered')).toBeNull();
    expect(screen.queryByTestId('slide-filters')).toBeNull();
    whole.unmount();

    const { deck, router } = await openDeck('/presentasi?kategori=jembatan&slide=2');
    const notice = screen.getByTestId('deck-filtered');
    const [shown, total] = /menyajikan (\d+) dari (\d+) paket/
      .exec(notice.textContent ?? '')!
      .slice(1)
      .map(Number);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total!);
    expect(notice).toHaveTextContent('menurut filter tautan: Jembatan.');
    // The headline slide counts the bridges alone, and names its filter under the title.
    expect(packagesFigure(deck)).toHaveTextContent(String(shown));
    expect(packagesFigure(deck).textContent).not.toBe(wholePackages);
    expect(within(deck).getByTestId('slide-filters')).toHaveTextContent('Filter: Jembatan');
    // Every slide carries it, the map slide does not claim to show every work.
    for (let i = 0; i < slideCount(); i++) {
      expect(within(deck).getByTestId('slide-filters')).toHaveTextContent('Filter: Jembatan');
      fireEvent.keyDown(window, { key: 'ArrowRight' });
    }
    expect(slideCount()).toBeLessThanOrEqual(wholeSlides);
    fireEvent.click(within(notice).getByRole('link', { name: 'Sajikan seluruh program' }));
    expect(search(router)).toBe('');
    expect(screen.queryByTestId('deck-filtered')).toBeNull();
    expect(screen.queryByTestId('slide-filters')).toBeNull();
  });

  it('keeps the kecamatan filter for its slide, and names a filter it could not read', async () => {
    await openDeck('/presentasi?kecamatan=babelan&kategori=kapal');
    expect(screen.queryByTestId('deck-filtered')).toBeNull();
    expect(screen.getByTestId('ignored-params')).toHaveTextContent('kategori');
    fireEvent.keyDown(window, { key: 'End' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getByRole('heading', { level: 2, name: 'Kecamatan Babelan' })).toBeInTheDocument();
  });

  it('presents an empty choice without failing: zero packages, every slide still there', async () => {
    const { deck, unmount } = await openDeck('/presentasi?q=tidak-ada-paket-seperti-ini&slide=2');
    expect(screen.getByTestId('deck-filtered')).toHaveTextContent('menyajikan 0 dari');
    expect(packagesFigure(deck)).toHaveTextContent('0');
    unmount();
    // The handout draws every slide at once.
    renderRoute('/presentasi?q=tidak-ada-paket-seperti-ini&cetak=1');
    const handout = await screen.findByTestId('handout', undefined, { timeout: 10_000 });
    expect(within(handout).getByTestId('handout-filters')).toHaveTextContent(
      'Filter: pencarian “tidak-ada-paket-seperti-ini”',
    );
    const slides = within(handout).getAllByTestId('handout-slide');
    expect(slides.length).toBeGreaterThanOrEqual(10);
    for (const slide of slides)
      expect(within(slide).getByTestId('slide-filters')).toHaveTextContent('Filter:');
    expect(
      within(handout).getByText('Tidak ada paket dengan indikasi kritis pada tanggal data.'),
    ).toBeInTheDocument();
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
