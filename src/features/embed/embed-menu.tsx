import { useContext, useEffect, useRef } from 'react';
import { ChartActions } from '../../components/chart-card/chart-actions';
import type { ChartFooterProps } from '../../components/chart-card/chart-footer';
import { DataTable } from '../../components/data-table';
import { embedSnippet } from '../../components/share/embed-snippet';
import { shareMessages } from '../../components/share/share-messages';
import { ShareTargetLinks } from '../../components/share/share-target-links';
import { SnippetField } from '../../components/share/snippet-field';
import { useCopy } from '../../components/share/use-copy';
import { useLanguage } from '../../lib/i18n/language';
import { otherLocale } from '../../lib/i18n/locale';
import { useMessages } from '../../lib/i18n/messages';
import { appAddress, EmbedLinksContext } from './embed-links';
import { embedMessages } from './embed-messages';
import { menuMessages } from './menu-messages';

export interface EmbedMenuProps extends ChartFooterProps<unknown> {
  /** Closes the menu and puts focus back on its button (Escape does the same). */
  onClose: () => void;
}

/**
 * The embed's menu, loaded on first use: the language, the downloads (PNG in social sizes with
 * source and date drawn in, CSV), the data table, the provenance, the embed code and the share
 * links. Every control is a native button, select, link or disclosure: keyboard and screen
 * readers work without scripted focus tricks.
 */
export function EmbedMenu({
  fullTitle,
  meta,
  sourceLine,
  asOfLine,
  provenance,
  summary,
  sampleLabel,
  columns,
  rows,
  rowKey,
  fileName,
  canDrawImage,
  getChartSvg,
  chart,
  actions,
  onClose,
}: EmbedMenuProps) {
  const t = useMessages(embedMessages);
  const m = useMessages(menuMessages);
  const s = useMessages(shareMessages);
  const { locale, setLocale } = useLanguage();
  const links = useContext(EmbedLinksContext);
  const panel = useRef<HTMLDivElement>(null);
  const linkCopy = useCopy();
  const snippet = embedSnippet({ src: links.embed, title: fullTitle, scriptSrc: appAddress('/embed.js') });
  const shareText = s.defaultText(fullTitle);

  useEffect(() => {
    const element = panel.current;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key === 'Escape') onClose();
    }
    element?.addEventListener('keydown', closeOnEscape);
    return function stopListening() {
      element?.removeEventListener('keydown', closeOnEscape);
    };
  }, [onClose]);

  return (
    <div ref={panel} className="embed-menu__body">
      <button
        type="button"
        className="button button--small button--ghost"
        lang={otherLocale(locale)}
        aria-label={m.languageLabel}
        onClick={() => setLocale(otherLocale(locale))}
      >
        {m.language}
      </button>
      <section className="embed-menu__section">
        <h3 className="embed-menu__heading">{m.download}</h3>
        <ChartActions
          fileName={fileName}
          getChartSvg={getChartSvg}
          chart={chart}
          title={fullTitle}
          footer={provenance}
          summary={summary}
          sampleLabel={sampleLabel}
          columns={columns}
          rows={rows}
          canDrawImage={canDrawImage}
        />
        {actions}
      </section>
      <details className="embed-menu__section">
        <summary>{m.table}</summary>
        <DataTable caption={fullTitle} columns={columns} rows={rows} rowKey={rowKey} />
      </details>
      <section className="embed-menu__section">
        <h3 className="embed-menu__heading">{m.about}</h3>
        <p className="embed-menu__about">
          {sourceLine} · {asOfLine}
          {meta.license && (
            <>
              {' '}
              · {m.license}: {meta.license}
            </>
          )}
          {meta.isSample && <strong> · {t.sample}</strong>}
        </p>
      </section>
      <section className="embed-menu__section">
        <h3 className="embed-menu__heading">{s.embed}</h3>
        <SnippetField snippet={snippet} rows={4} />
      </section>
      <section className="embed-menu__section">
        <h3 className="embed-menu__heading">{s.share}</h3>
        <div className="embed-menu__row" role="group" aria-label={s.shareMenu}>
          <button
            type="button"
            className="button button--small"
            onClick={() => void linkCopy.copy(links.fullView)}
          >
            {s.copyLink}
          </button>
          <ShareTargetLinks
            link={links.fullView}
            text={shareText}
            className="button button--small button--ghost"
          />
          <span role="status">{linkCopy.state === 'copied' ? s.copied : ''}</span>
        </div>
      </section>
      <p className="embed-menu__section">
        <a href={links.fullView} target="_blank" rel="noopener">
          {t.fullView} <span className="visually-hidden">{t.newTab}</span>
          <span aria-hidden="true">↗</span>
        </a>
      </p>
    </div>
  );
}
