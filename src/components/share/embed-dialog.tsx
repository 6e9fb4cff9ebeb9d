import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../../lib/i18n/messages';
import { EMBED_DEFAULT_HEIGHT, embedSnippet } from './embed-snippet';
import { EmbedPreview } from './embed-preview';
import { shareMessages } from './share-messages';
import { appUrl } from './share-url';
import { SnippetField } from './snippet-field';

interface EmbedDialogProps {
  /** Absolute URL of the embed page. */
  src: string;
  title: string;
  onClose: () => void;
}

/**
 * The "Sematkan" dialog: the snippet (lazy iframe + our resize script), a copy button, and a live
 * preview of exactly what the host page will show. A native modal <dialog>: focus is trapped and
 * Escape closes it, and focus goes back to the button that opened it.
 */
export function EmbedDialog({ src, title, onClose }: EmbedDialogProps) {
  const t = useMessages(shareMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const heightId = useId();
  const [height, setHeight] = useState(EMBED_DEFAULT_HEIGHT);
  const snippet = embedSnippet({ src, title, height, scriptSrc: appUrl('/embed.js') });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom and very old browsers lack showModal: an open, non-modal dialog still works.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.addEventListener('close', onClose);
    return function removeCloseHandler() {
      dialog.removeEventListener('close', onClose);
    };
  }, [onClose]);

  function close() {
    if (typeof ref.current?.close === 'function') ref.current.close();
    else onClose();
  }

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={headingId}>
      <div className="embed-dialog__head">
        <h2 id={headingId} className="embed-dialog__title">
          {t.embedTitle}
        </h2>
        <button type="button" className="button button--small button--ghost" onClick={close}>
          {t.close}
        </button>
      </div>
      <p className="embed-dialog__intro">{t.embedIntro}</p>
      <label htmlFor={heightId} className="embed-dialog__label">
        {t.heightLabel}
      </label>
      <input
        id={heightId}
        type="number"
        min={200}
        max={4000}
        step={10}
        value={height}
        onChange={(event) => setHeight(Number(event.target.value) || EMBED_DEFAULT_HEIGHT)}
      />
      <SnippetField snippet={snippet} rows={5} />
      <h3 className="embed-dialog__subtitle">{t.preview}</h3>
      <EmbedPreview src={src} title={t.previewFrame(title)} initialHeight={height} />
    </dialog>
  );
}
