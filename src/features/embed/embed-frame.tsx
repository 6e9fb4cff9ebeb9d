import type { ReactNode } from 'react';
import './embed.css';

interface EmbedFrameProps {
  /** The /embed/:chart id. */
  chart: string;
  children: ReactNode;
}

/**
 * The page of every embed: no navigation, no app shell, the content alone. Its height is the page's
 * height, which the host page sizes its iframe to (post-height.ts).
 */
export function EmbedFrame({ chart, children }: EmbedFrameProps) {
  return (
    <main id="main" className="embed" data-embed={chart}>
      {children}
    </main>
  );
}
