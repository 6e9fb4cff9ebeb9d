import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { defaultConfig } from '../../mocks/handlers/config';
import { FrameGuard } from '../../src/components/share/frame-guard';
import { LanguageProvider } from '../../src/lib/i18n/language';

const realTop = Object.getOwnPropertyDescriptor(window, 'top')!;
const realAncestors = Object.getOwnPropertyDescriptor(window.location, 'ancestorOrigins');

/** Pretends this window is framed by a page of `parent`. */
function framedBy(parent: string) {
  Object.defineProperty(window, 'top', { configurable: true, get: () => ({}) });
  Object.defineProperty(window.location, 'ancestorOrigins', { configurable: true, value: [parent] });
}

function renderGuard() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial="id">
        <FrameGuard>
          <p>Aplikasi lengkap</p>
        </FrameGuard>
      </LanguageProvider>
    </QueryClientProvider>,
  );
}

describe('<FrameGuard>', () => {
  afterEach(() => {
    Object.defineProperty(window, 'top', realTop);
    if (realAncestors) Object.defineProperty(window.location, 'ancestorOrigins', realAncestors);
    else Reflect.deleteProperty(window.location, 'ancestorOrigins');
  });

  it('shows the app at once when it is not framed', () => {
    renderGuard();
    expect(screen.getByText('Aplikasi lengkap')).toBeVisible();
  });

  it('shows a notice and an open-in-new-tab link instead of the app inside an unlisted site', async () => {
    framedBy('https://evil.example');
    renderGuard();
    expect(await screen.findByTestId('frame-guard')).toBeVisible();
    expect(screen.queryByText('Aplikasi lengkap')).toBeNull();
    const link = screen.getByRole('link', { name: 'Buka PantauBangun di tab baru' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('href', window.location.href);
  });

  it('shows the app inside a site listed in config.json frameAncestors', async () => {
    server.use(
      http.get('*/config.json', () =>
        HttpResponse.json({ ...defaultConfig, frameAncestors: ['https://bekasikab.go.id'] }),
      ),
    );
    framedBy('https://bekasikab.go.id');
    renderGuard();
    expect(await screen.findByText('Aplikasi lengkap')).toBeVisible();
  });
});
