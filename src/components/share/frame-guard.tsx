import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { configQuery } from '../../api/dataset-queries';
import { useMessages } from '../../lib/i18n/messages';
import { currentFrameContext, framingAllowed } from './frame-policy';
import { shareMessages } from './share-messages';
import './share.css';

/**
 * Wraps the full app (not /embed/*): inside a frame whose parent is not in config.json
 * `frameAncestors`, it shows a notice and a link that opens the app in its own tab instead of the
 * app. Not framed, it renders the app at once without waiting for the config.
 */
export function FrameGuard({ children }: { children: ReactNode }) {
  const t = useMessages(shareMessages);
  const [context] = useState(currentFrameContext);
  const config = useQuery({ ...configQuery, enabled: context.framed });
  if (!context.framed) return children;
  // Until the list is known, show nothing of the app: failing closed is the point of the guard.
  if (config.isPending) return null;
  const allowed = config.data?.frameAncestors ?? [];
  if (framingAllowed(context, window.location.origin, allowed)) return children;
  return (
    <main id="main" className="frame-guard" data-testid="frame-guard">
      <h1 className="frame-guard__title">{t.framedTitle}</h1>
      <p>{t.framedBody}</p>
      <a className="button" href={window.location.href} target="_blank" rel="noopener noreferrer">
        {t.framedOpen}
      </a>
    </main>
  );
}
