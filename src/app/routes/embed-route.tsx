import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { EMBED_VIEWS } from '../../embed/chart-views';
import { EmbedApp } from '../../embed/embed-app';
import { loadEmbed } from '../../embed/load';
import { readEmbedRequest, type EmbedRequest } from '../../embed/request';
import { postHeightToHost } from '../../features/embed/post-height';

function Embed({ request }: { request: EmbedRequest }) {
  const [initial] = useState(() => {
    const loading = loadEmbed(request, EMBED_VIEWS);
    loading.catch(() => undefined);
    return loading;
  });
  useEffect(() => postHeightToHost(request.chart), [request.chart]);
  return (
    <EmbedApp
      request={request}
      initial={initial}
      load={(signal) => loadEmbed(request, EMBED_VIEWS, signal)}
    />
  );
}

/**
 * /embed/:chart inside the app, for a host that answers every path with index.html (README,
 * "Deploy"): the same embed as embed.html draws (src/embed), only after the app's own code.
 * Hosts that serve dist/embed/ give readers the light page instead.
 */
export function EmbedRoute() {
  const { pathname, search } = useLocation();
  const key = `${pathname}${search}`;
  return <Embed key={key} request={readEmbedRequest(pathname, search)} />;
}
