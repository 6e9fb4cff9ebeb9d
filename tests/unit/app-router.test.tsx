import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { useLocation, useRoutes, UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRouter } from '../../src/app/router/app-router';
import { lazyPage } from '../../src/app/router/lazy-page';
import { useNavigationPending } from '../../src/app/router/navigation-pending';
import { RouteErrorBoundary } from '../../src/app/router/route-error-boundary';
import { ScrollRestoration } from '../../src/app/router/scroll-restoration';
import { LanguageProvider } from '../../src/lib/i18n/language';

/** A page's code, held until the test lets it arrive (or fail). */
function heldCode(name: string) {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<React.ComponentType>((resolve, reject) => {
        arrive = () => resolve(() => <h1>{name}</h1>);
        fail = reject;
      }),
  );
  return { load, arrive: () => arrive(), fail: (error: Error) => fail(error) };
}

function Shell({ routes }: { routes: Parameters<typeof useRoutes>[0] }) {
  const pending = useNavigationPending();
  return (
    <>
      <ScrollRestoration />
      <p data-testid="where">{useLocation().pathname}</p>
      {pending && <p>memuat halaman berikutnya</p>}
      <RouteErrorBoundary>{useRoutes(routes)}</RouteErrorBoundary>
    </>
  );
}

function setUp(paths: string[]) {
  const pages = Object.fromEntries(paths.map((path) => [path, heldCode(path)]));
  const lazy = Object.fromEntries(paths.map((path) => [path, lazyPage(pages[path]!.load)]));
  const routes = paths.map((path) => {
    const Page = lazy[path]!;
    return { path, element: <Page /> };
  });
  const preloadPage = (pathname: string) => lazy[pathname]?.preload();
  const history = createMemoryHistory({ initialEntries: [paths[0]!], v5Compat: true });
  const view = render(
    <LanguageProvider>
      <AppRouter history={history} preloadPage={preloadPage} fallback={<p>menunggu kode</p>}>
        <Shell routes={routes} />
      </AppRouter>
    </LanguageProvider>,
  );
  return { pages, history, view };
}

describe('AppRouter: React Router without its data router', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the first page once its code is there, never a page without it', async () => {
    const { pages } = setUp(['/a', '/b']);
    expect(screen.getByText('menunggu kode')).toBeInTheDocument();
    await act(async () => pages['/a']!.arrive());
    expect(await screen.findByRole('heading', { name: '/a' })).toBeInTheDocument();
    expect(screen.queryByText('menunggu kode')).toBeNull();
  });

  it('keeps the current page, marked as waiting, until the next page’s code arrives', async () => {
    const { pages, history } = setUp(['/a', '/b']);
    await act(async () => pages['/a']!.arrive());
    await act(async () => history.push('/b'));
    expect(screen.getByRole('heading', { name: '/a' })).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/a');
    expect(screen.getByText('memuat halaman berikutnya')).toBeInTheDocument();
    await act(async () => pages['/b']!.arrive());
    expect(await screen.findByRole('heading', { name: '/b' })).toBeInTheDocument();
    expect(screen.queryByText('memuat halaman berikutnya')).toBeNull();
    // Loaded once: coming back needs no second download and no waiting.
    await act(async () => history.push('/a'));
    expect(screen.getByRole('heading', { name: '/a' })).toBeInTheDocument();
    expect(pages['/a']!.load).toHaveBeenCalledTimes(1);
  });

  it('shows the latest navigation when an earlier one’s code arrives later', async () => {
    const { pages, history } = setUp(['/a', '/b', '/c']);
    await act(async () => pages['/a']!.arrive());
    await act(async () => history.push('/b'));
    await act(async () => history.push('/c'));
    await act(async () => pages['/c']!.arrive());
    expect(await screen.findByRole('heading', { name: '/c' })).toBeInTheDocument();
    await act(async () => pages['/b']!.arrive());
    expect(screen.getByRole('heading', { name: '/c' })).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/c');
  });

  it('shows the error when a page’s code fails, and tries again on the next visit', async () => {
    const { pages, history } = setUp(['/a', '/b']);
    await act(async () => pages['/a']!.arrive());
    await act(async () => history.push('/b'));
    await act(async () => pages['/b']!.fail(new Error('offline')));
    expect(await screen.findByRole('alert')).toHaveTextContent('offline');
    expect(screen.getByTestId('where')).toHaveTextContent('/b');
    await act(async () => history.push('/a'));
    expect(screen.getByRole('heading', { name: '/a' })).toBeInTheDocument();
    await act(async () => history.push('/b'));
    expect(pages['/b']!.load).toHaveBeenCalledTimes(2);
    await act(async () => pages['/b']!.arrive());
    expect(await screen.findByRole('heading', { name: '/b' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens a new page at its top and returns to where the reader left a page', async () => {
    // Chromium's scrollTo now returns a promise: an effect must not hand it to React as its cleanup.
    const scrollTo = vi
      .spyOn(window, 'scrollTo')
      .mockImplementation((() => Promise.resolve()) as unknown as typeof window.scrollTo);
    const { pages, history } = setUp(['/a', '/b']);
    await act(async () => pages['/a']!.arrive());
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 640 });
    await act(async () => history.push('/b'));
    await act(async () => pages['/b']!.arrive());
    expect(await screen.findByRole('heading', { name: '/b' })).toBeInTheDocument();
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
    await act(async () => history.go(-1));
    expect(screen.getByRole('heading', { name: '/a' })).toBeInTheDocument();
    expect(scrollTo).toHaveBeenLastCalledWith(0, 640);
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
  });

  it('follows an address changed before it listened (a link followed as the page came alive)', async () => {
    const history = createMemoryHistory({ initialEntries: ['/a'], v5Compat: true });
    // A child's layout effect runs before the router's own: the moment the router does not hear.
    function FollowedEarly() {
      useLayoutEffect(() => history.push('/b'), []);
      return <p data-testid="where">{useLocation().pathname}</p>;
    }
    render(
      <AppRouter history={history} preloadPage={() => undefined} fallback={null}>
        <FollowedEarly />
      </AppRouter>,
    );
    expect(await screen.findByText('/b')).toBeInTheDocument();
  });
});
