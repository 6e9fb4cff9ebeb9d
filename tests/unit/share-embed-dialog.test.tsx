import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { EmbedButton } from '../../src/components/share/embed-button';
import { LanguageProvider } from '../../src/lib/i18n/language';

function renderAt(path: string, element: React.ReactNode) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return render(
    <LanguageProvider initial="id">
      <RouterProvider router={router} />
    </LanguageProvider>,
  );
}

function snippetFrame(): HTMLIFrameElement {
  const code = (screen.getByTestId('embed-snippet') as HTMLTextAreaElement).value;
  return new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!;
}

describe('<EmbedButton> and the Sematkan dialog', () => {
  it('gives the embed code of the chart with the page filters, a preview and a copy button', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderAt(
      '/statistik?kecamatan=cibitung&kategori=jalan&utm_source=x',
      <EmbedButton chartId="anggaran-kecamatan" title="Anggaran per kecamatan" />,
    );
    await user.click(screen.getByRole('button', { name: 'Sematkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Sematkan grafik ini' });
    expect(dialog).toBeVisible();

    const frame = snippetFrame();
    const src = new URL(frame.getAttribute('src')!);
    expect(src.pathname).toBe('/embed/anggaran-kecamatan');
    expect(src.search).toBe('?kecamatan=cibitung&kategori=jalan');
    expect(frame.getAttribute('title')).toBe('Anggaran per kecamatan');
    expect(frame.getAttribute('loading')).toBe('lazy');

    const preview = screen.getByTestId('embed-preview');
    expect(preview).toHaveAttribute('src', src.href);
    expect(preview).toHaveAttribute('title', 'Pratinjau: Anggaran per kecamatan');

    await user.click(screen.getByRole('button', { name: 'Salin kode' }));
    expect(writeText).toHaveBeenCalledWith(
      (screen.getByTestId('embed-snippet') as HTMLTextAreaElement).value,
    );
    expect(await screen.findByText('Tersalin.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Tutup' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('uses an explicit embed path and keeps a hostile title inert in the code', async () => {
    const user = userEvent.setup();
    const title = '"><script>alert(1)</script> Jalan <b>Tambun</b>';
    renderAt(
      '/proyek/p-1',
      <EmbedButton chartId="kurva-s-proyek" title={title} path="/embed/kurva-s-proyek?proyek=p-1" />,
    );
    await user.click(screen.getByRole('button', { name: 'Sematkan' }));
    const code = (screen.getByTestId('embed-snippet') as HTMLTextAreaElement).value;
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('script')!.getAttribute('src')).toMatch(/\/embed\.js$/);
    expect(doc.querySelector('iframe')!.getAttribute('title')).toBe(title);
    expect(new URL(doc.querySelector('iframe')!.getAttribute('src')!).search).toBe('?proyek=p-1');
  });

  it('resizes the preview to the height the embed posts, from our origin only', async () => {
    const user = userEvent.setup();
    renderAt('/statistik', <EmbedButton chartId="status" title="Status paket" />);
    await user.click(screen.getByRole('button', { name: 'Sematkan' }));
    const preview = screen.getByTestId('embed-preview') as HTMLIFrameElement;
    const send = (origin: string, height: number) =>
      window.dispatchEvent(
        new MessageEvent('message', {
          origin,
          source: preview.contentWindow,
          data: { type: 'pantaubangun:resize', height, chart: 'status' },
        }),
      );
    act(() => send('https://evil.example', 99));
    expect(preview).not.toHaveAttribute('height', '99');
    act(() => send(window.location.origin, 777));
    expect(preview).toHaveAttribute('height', '777');
  });
});
