import { Link } from 'react-router';
import { useMessages } from '../../../lib/i18n/messages';
import { dataMessages } from '../data-messages';

export const TEMPLATE_BASE = 'templates/templat-impor-paket';

/** The way into the import page, with the template downloads. */
export function DataImportTeaser() {
  const t = useMessages(dataMessages);
  const base = import.meta.env.BASE_URL;
  return (
    <section aria-labelledby="impor">
      <h2 id="impor">{t.importTitle}</h2>
      <p>{t.importText}</p>
      <ul className="data-downloads__buttons">
        <li>
          <Link className="button" to="/data/impor">
            {t.importLink}
          </Link>
        </li>
        <li>
          <a className="button button--ghost" href={`${base}${TEMPLATE_BASE}.csv`} download>
            {t.templateCsv}
          </a>
        </li>
        <li>
          <a className="button button--ghost" href={`${base}${TEMPLATE_BASE}.xlsx`} download>
            {t.templateXlsx}
          </a>
        </li>
      </ul>
    </section>
  );
}
