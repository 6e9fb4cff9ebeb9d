import { startTransition, useEffect, useMemo, useState } from 'react';
import { ChartChromeContext } from '../components/chart-card/chart-chrome';
import { ErrorState } from '../components/data-status/error-state';
import { CHART_IDS, chartTitle } from '../features/charts/chart-ids';
import { EMBED_CHROME } from '../features/embed/embed-chrome';
import { EmbedFrame } from '../features/embed/embed-frame';
import {
  appAddress,
  embedPath,
  EmbedLinksContext,
  fullViewPath,
  type EmbedLinks,
} from '../features/embed/embed-links';
import { embedMessages } from '../features/embed/embed-messages';
import { EmbedNotFound } from '../features/embed/embed-not-found';
import { LanguageProvider, useLanguage } from '../lib/i18n/language';
import type { Locale } from '../lib/i18n/locale';
import { useMessages } from '../lib/i18n/messages';
import type { EmbedContent, LoadedEmbed } from './content';
import type { EmbedRequest } from './request';

type State =
  { status: 'loading' } | { status: 'ready'; loaded: LoadedEmbed } | { status: 'error'; error: unknown };

/** What the embed's first load gave, already settled: its first render then shows it at once. */
export type Settled = { loaded: LoadedEmbed } | { error: unknown };

export interface EmbedAppProps {
  request: EmbedRequest;
  /** What the embed shows: loading, or already loaded; `load` again on retry. */
  initial: Promise<LoadedEmbed> | Settled;
  load: (signal: AbortSignal) => Promise<LoadedEmbed>;
  /** Called each time what the embed shows is there (the content, not found, or an error). */
  onShown?: () => void;
  /** The language of a test or of the build's static drawing; else the reader's choice. */
  locale?: Locale;
}

/** The whole embed: one chart, map or explanation, in the reader's language, never a blank frame. */
export function EmbedApp({ locale, ...props }: EmbedAppProps) {
  return (
    <LanguageProvider initial={locale}>
      <EmbedFrame chart={props.request.chart}>
        <EmbedBody {...props} />
      </EmbedFrame>
    </LanguageProvider>
  );
}

function EmbedBody({ request, initial, load, onShown }: Omit<EmbedAppProps, 'locale'>) {
  const t = useMessages(embedMessages);
  const [state, setState] = useState<State>(() =>
    initial instanceof Promise
      ? { status: 'loading' }
      : 'loaded' in initial
        ? { status: 'ready', loaded: initial.loaded }
        : { status: 'error', error: initial.error },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0 && !(initial instanceof Promise)) return;
    const controller = new AbortController();
    (attempt === 0 && initial instanceof Promise ? initial : load(controller.signal)).then(
      // A transition: the chart is drawn in slices the browser can interrupt.
      (loaded) => !controller.signal.aborted && startTransition(() => setState({ status: 'ready', loaded })),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }),
    );
    return function stopLoading() {
      controller.abort();
    };
  }, [initial, load, attempt]);
  useEffect(() => {
    if (state.status !== 'loading') onShown?.();
  }, [state, onShown]);

  if (state.status === 'error')
    return (
      <ErrorState
        error={state.error}
        onRetry={() => {
          setState({ status: 'loading' });
          setAttempt((n) => n + 1);
        }}
      />
    );
  if (state.status === 'loading')
    return (
      <p className="loading embed-loading" role="status">
        {t.loading}
      </p>
    );
  return <EmbedShown request={request} loaded={state.loaded} />;
}

/** What the embed shows once loaded; also what the build draws into the static page. */
export function EmbedShown({ request, loaded }: { request: EmbedRequest; loaded: LoadedEmbed }) {
  const { config, content } = loaded;
  const links: EmbedLinks = useMemo(
    () => ({
      fullView: appAddress(fullViewPath(request.chart, request.params, request.programme !== undefined)),
      embed: appAddress(embedPath(request.chart, request.params)),
      site: config.siteUrl,
    }),
    [request, config.siteUrl],
  );
  return (
    <EmbedLinksContext.Provider value={links}>
      <ChartChromeContext.Provider value={EMBED_CHROME}>
        <EmbedContentView request={request} content={content} siteUrl={config.siteUrl} />
      </ChartChromeContext.Provider>
    </EmbedLinksContext.Provider>
  );
}

function EmbedContentView({
  request,
  content,
  siteUrl,
}: {
  request: EmbedRequest;
  content: EmbedContent;
  siteUrl?: string;
}) {
  const t = useMessages(embedMessages);
  const { locale } = useLanguage();
  useEffect(() => {
    const title =
      content.kind === 'chart'
        ? chartTitle(content.chart, locale)
        : content.kind === 'project'
          ? content.project.title
          : '';
    if (title) document.title = `${title} — PantauBangun`;
  }, [content, locale]);
  switch (content.kind) {
    case 'chart': {
      const { View } = content;
      if (!View) throw new Error(`the view of ${content.chart} was not loaded`);
      return (
        <View
          data={content.data}
          meta={content.meta}
          siteUrl={siteUrl}
          subtitle={content.caption?.(locale) || undefined}
          projectLink={({ id, title }) => (
            <a href={appAddress(`/proyek/${encodeURIComponent(id)}`)} target="_blank" rel="noopener">
              {title}
              <span className="visually-hidden"> {t.newTab}</span>
            </a>
          )}
        />
      );
    }
    case 'project': {
      const { Chart } = content;
      return <Chart project={content.project} meta={content.meta} siteUrl={siteUrl} />;
    }
    case 'map': {
      const { Map } = content;
      return (
        <Map
          projects={content.projects}
          meta={content.meta}
          boundaries={content.boundaries}
          kecamatan={content.kecamatan}
          project={content.project}
          subtitle={content.caption?.(locale) || undefined}
        />
      );
    }
    case 'not-found':
      return (
        <EmbedNotFound
          chart={request.chart}
          missingProject={content.missingProject}
          homeUrl={appAddress('/statistik')}
          available={[
            ...CHART_IDS.map((id) => ({ id, title: chartTitle(id, locale) })),
            { id: 'kurva-s-proyek', title: t.projectKurvaS },
            { id: 'peta', title: t.mapChart },
          ]}
        />
      );
  }
}
