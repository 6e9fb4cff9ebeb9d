import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import samplePackage from '../../mocks/data/sample-package.json';
import { renderRoute } from '../render-route';
import { servePackage } from '../fixtures/serve-package';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';

const PROJECT = samplePackage.projects[0]!;

async function findChart(id: string) {
  return (await screen.findByRole('figure', {}, { timeout: 15_000 })).closest(`[data-chart="${id}"]`);
}

describe('/embed/:chart', () => {
  it("names the day an undated package was opened for what it is, not the data's date", async () => {
    servePackage(makePackage([makeProject({ metrics: [] })], { publishedDate: undefined }), 'published');
    const { container } = renderRoute('/embed/status');
    expect(await findChart('status')).not.toBeNull();
    const footer = container.querySelector('.embed-footer__line')!;
    expect(footer).toHaveTextContent(/Dihitung per \d{1,2} \w{3} \d{4} · Sumber: /);
    expect(footer).not.toHaveTextContent('Data per');
  });

  it('shows one programme chart with the page filters, source, sample notice and a way back', async () => {
    const { container } = renderRoute('/embed/status?kecamatan=tambun-utara&utm_source=blog');
    expect(await findChart('status')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Status paket' })).toBeVisible();
    // One footer line: the way back, the sample label, the data's date and its source.
    const footer = container.querySelector('.embed-footer__line')!;
    expect(footer.querySelector('.embed-footer__sample')).toHaveTextContent('DATA CONTOH');
    expect(footer).toHaveTextContent(/Data per 29 Des 2023 · Sumber: /);
    const back = screen.getByTestId('embed-full-view');
    const href = new URL(back.getAttribute('href')!);
    expect(href.pathname + href.search + href.hash).toBe('/statistik?kecamatan=tambun-utara#status');
    expect(back).toHaveAttribute('target', '_blank');
    // An embed has no app navigation.
    expect(screen.queryByRole('navigation')).toBeNull();
    // Its menu (loaded when opened) holds the snippet and share actions for the same view.
    await userEvent.click(screen.getByRole('button', { name: /Menu/ }));
    const snippet = await screen.findByTestId('embed-snippet', {}, { timeout: 15_000 });
    expect((snippet as HTMLTextAreaElement).value).toContain('/embed/status?kecamatan=tambun-utara');
  });

  // The old form and the path form read the same project; snippets give the path form, which has a preview.
  it.each([
    ['proyek=<id>', `/embed/kurva-s-proyek?proyek=${PROJECT.id}`],
    ['the project in the path', `/embed/kurva-s-proyek/${PROJECT.id}`],
  ])('shows a project kurva S for %s, linking to the project page', async (_form, path) => {
    renderRoute(path);
    const heading = await screen.findByRole(
      'heading',
      { name: `Kurva S: ${PROJECT.title}` },
      { timeout: 15_000 },
    );
    expect(heading).toBeVisible();
    expect(new URL(screen.getByTestId('embed-full-view').getAttribute('href')!).pathname).toBe(
      `/proyek/${PROJECT.id}`,
    );
    await userEvent.click(screen.getByRole('button', { name: /Menu/ }));
    const snippet = await screen.findByTestId('embed-snippet', {}, { timeout: 15_000 });
    expect((snippet as HTMLTextAreaElement).value).toContain(`/embed/kurva-s-proyek/${PROJECT.id}"`);
  });

  it('says "grafik tidak ditemukan" with a link for an unknown chart, showing the id as text', async () => {
    const { container } = renderRoute('/embed/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    const notFound = await screen.findByTestId('embed-not-found', {}, { timeout: 15_000 });
    expect(within(notFound).getByRole('heading', { name: 'Grafik tidak ditemukan' })).toBeVisible();
    expect(notFound).toHaveTextContent('Tidak ada grafik bernama "<img src=x onerror=alert(1)>"');
    expect(container.querySelector('img')).toBeNull();
    expect(within(notFound).getByRole('link', { name: 'Buka statistik PantauBangun' })).toBeVisible();
    expect(within(notFound).getByText('anggaran-kecamatan')).toBeVisible();
  });

  it('explains a missing project instead of crashing', async () => {
    renderRoute('/embed/kurva-s-proyek?proyek=tidak-ada');
    const notFound = await screen.findByTestId('embed-not-found', {}, { timeout: 15_000 });
    expect(notFound).toHaveTextContent('Proyek untuk grafik ini tidak ditemukan');
  });

  it('escapes titles from the data', async () => {
    const hostile = '<img src=x onerror=alert(1)> Jalan "Baru"';
    const data = structuredClone(samplePackage);
    data.projects[0]!.title = hostile;
    servePackage(data);
    const { container } = renderRoute(`/embed/kurva-s-proyek?proyek=${PROJECT.id}`);
    expect(
      await screen.findByRole('heading', { name: `Kurva S: ${hostile}` }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows a kecamatan map embed with its text alternative and provenance', async () => {
    renderRoute('/embed/peta?kecamatan=tambun-utara');
    expect(
      await screen.findByRole('heading', { name: 'Peta proyek Kecamatan Tambun Utara' }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.getByText(/paket pekerjaan; \d+ di antaranya punya lokasi di peta/)).toBeVisible();
    expect(screen.getByText('Daftar paket (alternatif teks peta)')).toBeVisible();
    expect(screen.getByText(/Data per 29 Desember 2023/)).toBeVisible();
  });
});
