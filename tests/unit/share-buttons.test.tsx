import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ShareButtons } from '../../src/components/share/share-buttons';
import { publicQuery, shareTargets } from '../../src/components/share/share-url';
import { LanguageProvider } from '../../src/lib/i18n/language';

function renderAt(path: string, element: React.ReactNode) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return render(
    <LanguageProvider initial="id">
      <RouterProvider router={router} />
    </LanguageProvider>,
  );
}

describe('publicQuery', () => {
  it('keeps only the public parameters, in a stable order', () => {
    expect(publicQuery('?utm_source=wa&q=jalan&kecamatan=tambun-selatan&peta=x&proyek=p-1')).toBe(
      '?kecamatan=tambun-selatan&q=jalan&proyek=p-1',
    );
    expect(publicQuery('?utm_source=wa')).toBe('');
    expect(publicQuery('?kecamatan=a', { proyek: 'p 2', kecamatan: undefined })).toBe('?proyek=p+2');
  });
});

describe('shareTargets', () => {
  it('prefills text and link for each service, encoded', () => {
    const url = 'https://pantaubangun.example/statistik?kecamatan=cibitung&q=a&b';
    const text = 'Anggaran per kecamatan — lihat di PantauBangun:';
    const byId = Object.fromEntries(shareTargets(url, text).map((t) => [t.id, new URL(t.href)]));
    expect(byId.whatsapp!.searchParams.get('text')).toBe(`${text} ${url}`);
    expect(byId.x!.searchParams.get('url')).toBe(url);
    expect(byId.x!.searchParams.get('text')).toBe(text);
    expect(byId.facebook!.searchParams.get('u')).toBe(url);
    expect(byId.telegram!.searchParams.get('url')).toBe(url);
    expect(byId.telegram!.searchParams.get('text')).toBe(text);
  });
});

describe('<ShareButtons>', () => {
  it('shares the current view with its filters and project, not other parameters', async () => {
    renderAt(
      '/statistik?kecamatan=cibitung&status=kritis&utm_campaign=x#anggaran-kecamatan',
      <ShareButtons title="Anggaran per kecamatan" />,
    );
    await userEvent.click(screen.getByText('Bagikan'));
    const whatsapp = screen.getByRole('link', { name: /WhatsApp/ });
    const text = new URL(whatsapp.getAttribute('href')!).searchParams.get('text')!;
    expect(text).toMatch(/^Anggaran per kecamatan — pantau pembangunan .* Kabupaten Bekasi di PantauBangun:/);
    expect(text).toContain('/statistik?kecamatan=cibitung&status=kritis#anggaran-kecamatan');
    expect(text).not.toContain('utm_campaign');
    expect(whatsapp).toHaveAttribute('target', '_blank');
    expect(whatsapp).toHaveAttribute('rel', 'noopener noreferrer');
    for (const name of [/X/, /Facebook/, /Telegram/])
      expect(screen.getByRole('link', { name })).toBeVisible();
  });

  it('copies the link and says so; shows it to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderAt('/', <ShareButtons url="https://pantaubangun.example/proyek/p-1" />);
    await user.click(screen.getByText('Bagikan'));
    await user.click(screen.getByRole('button', { name: 'Salin tautan' }));
    expect(writeText).toHaveBeenCalledWith('https://pantaubangun.example/proyek/p-1');
    expect(await screen.findByText('Tersalin.')).toBeVisible();

    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Salin tautan' }));
    expect(await screen.findByRole('textbox', { name: 'Tautan' })).toHaveValue(
      'https://pantaubangun.example/proyek/p-1',
    );
  });

  it('offers the phone share sheet only where the browser has one', async () => {
    const user = userEvent.setup();
    renderAt('/', <ShareButtons url="https://pantaubangun.example/" />);
    await user.click(screen.getByText('Bagikan'));
    expect(screen.queryByRole('button', { name: 'Bagikan…' })).toBeNull();
  });

  it('uses the Web Share API with the text and link', async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { configurable: true, value: share });
    try {
      renderAt('/', <ShareButtons url="https://pantaubangun.example/statistik" title="Status paket" />);
      await user.click(screen.getByText('Bagikan'));
      await user.click(screen.getByRole('button', { name: 'Bagikan…' }));
      expect(share).toHaveBeenCalledWith(
        expect.objectContaining({ url: 'https://pantaubangun.example/statistik', title: 'Status paket' }),
      );
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});
