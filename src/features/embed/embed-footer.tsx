import { useContext, useId, useRef, useState, type ComponentType } from 'react';
import type { ChartFooterProps } from '../../components/chart-card/chart-footer';
import { asOfLine } from '../../domain/format/as-of';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { EmbedLinksContext } from './embed-links';
import { embedMessages } from './embed-messages';
import type { EmbedMenuProps } from './embed-menu';

type Menu = ComponentType<EmbedMenuProps>;

/**
 * An embed's footer: one line with the way back to PantauBangun, the sample label, the as-of date
 * and the source, and a menu button. What the app's toolbar offers (image sizes, PNG, CSV, the
 * table, Sematkan, Bagikan, the language) is in the menu, whose code loads when it is first opened:
 * at 360 px the toolbar took a quarter of the frame, and most readers never open it.
 */
export function EmbedChartFooter<Row>(props: ChartFooterProps<Row>) {
  const t = useMessages(embedMessages);
  const { locale } = useLanguage();
  const links = useContext(EmbedLinksContext);
  const [open, setOpen] = useState(false);
  const [menu, setMenu] = useState<{ Menu: Menu } | 'loading' | 'failed'>();
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const { meta, sourceLine } = props;

  function toggle() {
    setOpen(!open);
    if (menu === undefined || menu === 'failed') {
      setMenu('loading');
      import('./embed-menu').then(
        (m) => setMenu({ Menu: m.EmbedMenu }),
        () => setMenu('failed'),
      );
    }
  }

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="embed-footer">
      <div className="embed-footer__bar">
        <p className="embed-footer__line">
          <a href={links.fullView} target="_blank" rel="noopener" data-testid="embed-full-view">
            {t.brand}
            <span className="visually-hidden"> {t.newTab}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
          {meta.isSample && <strong className="embed-footer__sample"> · {t.sample}</strong>}
          <span>
            {' '}
            · {asOfLine(meta, locale, 'short')} · {sourceLine}
          </span>
        </p>
        <button
          ref={button}
          type="button"
          className="embed-footer__menu-button"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={toggle}
        >
          {t.menu}
          <span aria-hidden="true"> ⋯</span>
        </button>
      </div>
      {open && (
        <div id={panelId} className="embed-menu" role="group" aria-label={t.menuLabel(props.fullTitle)}>
          {typeof menu === 'object' ? (
            <menu.Menu {...(props as ChartFooterProps<unknown>)} onClose={close} />
          ) : (
            <p role="status">{menu === 'failed' ? t.menuFailed : t.menuLoading}</p>
          )}
        </div>
      )}
    </div>
  );
}
