import { useLocation } from 'react-router';
import { useMessages } from '../../lib/i18n/messages';
import { shareMessages } from './share-messages';
import { appUrl, publicQuery } from './share-url';
import { ShareTargetLinks } from './share-target-links';
import { useCopy } from './use-copy';
import './share.css';

export interface ShareButtonsProps {
  /** Absolute link to share; by default the current view with its public parameters. */
  url?: string;
  /** Prefilled message; by default an Indonesian sentence about PantauBangun (with `title`). */
  text?: string;
  /** What is shared, e.g. the chart title, for the default text. */
  title?: string;
}

/** The current page with only its public parameters (filters, project) and its anchor. */
function useCurrentViewUrl(): string {
  const { pathname, search, hash } = useLocation();
  return appUrl(`${pathname}${publicQuery(search)}${hash}`);
}

/**
 * Share menu: the phone's own share sheet where the browser has one (Web Share API), copy link, and
 * WhatsApp, X, Facebook and Telegram with a prefilled Indonesian text. A disclosure, so it is one
 * small button in a chart's action row and works by keyboard without script-driven focus tricks.
 */
export function ShareButtons({ url, text, title }: ShareButtonsProps) {
  const t = useMessages(shareMessages);
  const currentUrl = useCurrentViewUrl();
  const link = url ?? currentUrl;
  const message = text ?? (title ? t.defaultText(title) : t.pageText);
  const { state, copy } = useCopy();
  const canShareNatively = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function shareNatively() {
    try {
      await navigator.share({ title: title ?? 'PantauBangun', text: message, url: link });
    } catch {
      // Cancelled by the user, or refused: the buttons below still work.
    }
  }

  return (
    <details className="share-menu">
      <summary className="button button--small button--ghost">{t.share}</summary>
      <div className="share-menu__panel" role="group" aria-label={t.shareMenu}>
        {canShareNatively && (
          <button type="button" className="button button--small" onClick={() => void shareNatively()}>
            {t.shareNative}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => void copy(link)}>
          {t.copyLink}
        </button>
        <ShareTargetLinks
          link={link}
          text={message}
          className="button button--small button--ghost share-menu__target"
        />
        <span role="status" className="share-menu__status">
          {state === 'copied' && t.copied}
        </span>
        {state === 'failed' && (
          <label className="share-menu__manual">
            {t.copyFailed}
            <input readOnly value={link} aria-label={t.linkLabel} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
      </div>
    </details>
  );
}
