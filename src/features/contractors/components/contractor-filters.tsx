import { useId } from 'react';
import '../../../components/filters/filter-bar.css';
import { useUrlFilters } from '../../../components/filters/use-url-filters';
import { KategoriField, KecamatanField, useSearchText } from '../../../components/filters/filter-fields';
import { isFilterEmpty } from '../../../domain/filters/filters';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { CONTRACTOR_PARAMS } from '../../../domain/route-state/param-names';
import { contractorsMessages } from '../messages';

/**
 * The contractor table's filters, in the shared URL parameters: `q` searches contractor names
 * (here a name, not a package's text), kecamatan and kategori narrow the packages counted. The
 * other shared filters a link may carry (status, sumber, tanda) still apply; the table's caption
 * names them and "clear" removes them too.
 */
export function ContractorFilters() {
  const t = useMessages(contractorsMessages);
  const { locale } = useLanguage();
  const { filters, setFilters } = useUrlFilters(CONTRACTOR_PARAMS);
  const ids = useId();
  const [text, setText] = useSearchText(filters.q);
  return (
    <form className="filter-bar" role="search" aria-label={t.formLabel} onSubmit={(e) => e.preventDefault()}>
      <div className="filter-bar__field filter-bar__field--search">
        <label htmlFor={`${ids}-q`}>{t.search}</label>
        <input
          id={`${ids}-q`}
          type="search"
          value={text}
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
            const q = event.target.value.trim();
            setFilters((current) => ({ ...current, q: q || undefined }));
          }}
        />
      </div>
      <KecamatanField
        id={`${ids}-kecamatan`}
        label={t.kecamatan}
        allLabel={t.all}
        value={filters.kecamatan}
        onChange={(kecamatan) => setFilters((c) => ({ ...c, kecamatan }))}
      />
      <KategoriField
        id={`${ids}-kategori`}
        label={t.kategori}
        allLabel={t.all}
        value={filters.kategori}
        onChange={(kategori) => setFilters((c) => ({ ...c, kategori }))}
        locale={locale}
      />
      {!isFilterEmpty(filters) && (
        <button
          type="button"
          className="button button--ghost filter-bar__reset"
          onClick={() => {
            setText('');
            setFilters(() => ({}));
          }}
        >
          {t.reset}
        </button>
      )}
    </form>
  );
}
