import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { App } from '../app/app';
import { queryKeys } from '../api/dataset-queries';
import { decodeProjectFile } from '../domain/publish/project-file';
import { readConfig, resolveAppUrl } from '../lib/config';
import { preloadPage } from '../app/routes';
import { PageTitleSink } from '../lib/use-page-title';
import { projectPreviewText } from '../features/project/project-preview';
import { projectSocialCard } from '../features/project/project-social-card';
import type { SocialCardContent } from '../lib/download/social-card';

/** Data a page is drawn from at build time: config.json and, for a project page, its file. */
export interface PageData {
  configJson: unknown;
  project?: { id: string; fileText: string };
}

export interface RenderedPage {
  /** The markup of #root. */
  html: string;
  title: string;
  /** A project page's link preview: its text (og:description) and its picture (og:image). */
  preview?: { description: string; card: SocialCardContent };
}

/**
 * One route as its first screen looks before any data has arrived: the build writes it into the
 * route's HTML, so the header, the title and the page's frame paint before any script runs. The
 * browser then renders the same components over it (main.tsx), with the same markup.
 */
export async function renderPage(path: string, data?: PageData): Promise<RenderedPage> {
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true });
  // The page's code is loaded first, as main.tsx waits for it before the first render.
  await preloadPage(history.location.pathname);
  let title = 'PantauBangun';
  let preview: RenderedPage['preview'];
  // No garbage-collection timers: each would hold the build's process open for five minutes.
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  if (data) {
    // The same keys the page's queries use in the browser, so it draws what the data says.
    const config = readConfig(data.configJson);
    queryClient.setQueryData(queryKeys.config, config);
    if (data.project) {
      const read = decodeProjectFile(JSON.parse(data.project.fileText), resolveAppUrl(config.dataUrl));
      queryClient.setQueryData(queryKeys.project(config, undefined, data.project.id), read);
      preview = {
        description: projectPreviewText(read.project, read.meta),
        card: projectSocialCard(read.project, read.meta, config.siteUrl),
      };
    }
  }
  const html = renderToString(
    <PageTitleSink.Provider value={(next) => (title = next)}>
      <App queryClient={queryClient} history={history} />
    </PageTitleSink.Provider>,
  );
  queryClient.clear();
  return preview === undefined ? { html, title } : { html, title, preview };
}
