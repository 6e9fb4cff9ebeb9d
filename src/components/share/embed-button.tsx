import { useCallback, useState } from 'react';
import { useLocation } from 'react-router';
import { useMessages } from '../../lib/i18n/messages';
import { EmbedDialog } from './embed-dialog';
import { shareMessages } from './share-messages';
import { appUrl, publicQuery } from './share-url';
import './share.css';

export interface EmbedButtonProps {
  /** Embed chart id, e.g. "anggaran-kecamatan" or "kurva-s-proyek" (the /embed/:chart segment). */
  chartId: string;
  /** Names the iframe for screen readers (from data: escaped in the snippet). */
  title: string;
  /**
   * The embed address, e.g. "/embed/kurva-s-proyek?proyek=…". By default /embed/<chartId> with the
   * current page's public parameters (filters, project), so the embed shows what the user sees.
   */
  path?: string;
}

/** "Sematkan": opens the dialog with the embed code for one chart. */
export function EmbedButton({ chartId, title, path }: EmbedButtonProps) {
  const t = useMessages(shareMessages);
  const { search } = useLocation();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const src = appUrl(path ?? `/embed/${encodeURIComponent(chartId)}${publicQuery(search)}`);
  return (
    <>
      <button
        type="button"
        className="button button--small button--ghost"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-embed-chart={chartId}
        onClick={() => setOpen(true)}
      >
        {t.embed}
      </button>
      {open && <EmbedDialog src={src} title={title} onClose={close} />}
    </>
  );
}
