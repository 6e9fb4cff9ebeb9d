import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/app';
import { routes } from '../app/routes';
import { PageTitleSink } from '../lib/use-page-title';

export interface RenderedPage {
  /** The markup of #root. */
  html: string;
  title: string;
}

/**
 * One route as its first screen looks before any data has arrived: the build writes it into the
 * route's HTML, so the header, the title and the page's frame paint before any script runs. The
 * browser then renders the same components over it (main.tsx), with the same markup.
 */
export async function renderPage(path: string): Promise<RenderedPage> {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // The page's code is loaded first, as main.tsx waits for it before the first render.
  await new Promise<void>((done) => {
    if (router.state.initialized) return done();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      done();
    });
  });
  let title = 'PantauBangun';
  // No garbage-collection timers: each would hold the build's process open for five minutes.
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  const html = renderToString(
    <PageTitleSink.Provider value={(next) => (title = next)}>
      <App queryClient={queryClient} router={router} />
    </PageTitleSink.Provider>,
  );
  queryClient.clear();
  router.dispose();
  return { html, title };
}
