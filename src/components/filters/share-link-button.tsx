import { useState } from 'react';
import { useMessages } from '../../lib/i18n/messages';
import { filterMessages } from './filter-messages';

type ShareState = 'idle' | 'copied' | 'manual';

/**
 * Copies the current address: the URL holds the whole view, so the link is the share. Where the
 * clipboard is refused (insecure origin, old browser) the link is shown, selected, to copy by hand.
 */
export function ShareLinkButton() {
  const t = useMessages(filterMessages);
  const [state, setState] = useState<ShareState>('idle');
  const [link, setLink] = useState('');

  async function share() {
    const href = window.location.href;
    setLink(href);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
    }
  }

  return (
    <div className="share-link">
      <button type="button" className="button button--ghost" onClick={() => void share()}>
        {t.share}
      </button>
      <span role="status" className="share-link__status">
        {state === 'copied' && t.copied}
      </span>
      {state === 'manual' && (
        <label className="share-link__manual">
          {t.copyManually}
          <input
            readOnly
            value={link}
            aria-label={t.linkLabel}
            onFocus={(event) => event.currentTarget.select()}
            // Focusing the field puts the link in reach of one keystroke (Ctrl/Cmd+C).
            ref={(input) => input?.select()}
          />
        </label>
      )}
    </div>
  );
}
