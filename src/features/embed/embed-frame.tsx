import type { ReactNode } from 'react';
import { useMessages } from '../../lib/i18n/messages';
import { embedMessages } from './embed-messages';
import { useResizePoster } from './use-resize-poster';
import './embed.css';

interface EmbedFrameProps {
  /** The /embed/:chart id, sent with each resize message. */
  chart: string;
  /** Absolute link to the same view in the full app (opens a new tab: the host keeps its reader). */
  fullViewUrl: string;
  children: ReactNode;
}

/**
 * The chrome of every embed: no navigation, the content, and one line back to the full view. The
 * page reports its height to the host page whenever it changes.
 */
export function EmbedFrame({ chart, fullViewUrl, children }: EmbedFrameProps) {
  const t = useMessages(embedMessages);
  useResizePoster(chart);
  return (
    <main id="main" className="embed" data-embed={chart}>
      {children}
      <p className="embed__footer">
        <a href={fullViewUrl} target="_blank" rel="noopener" data-testid="embed-full-view">
          {t.fullView} <span className="visually-hidden">{t.newTab}</span>
          <span aria-hidden="true">↗</span>
        </a>
      </p>
    </main>
  );
}
