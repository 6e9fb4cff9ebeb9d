import { useId, useState } from 'react';
import '../../../components/filters/filter-bar.css';
import { CATEGORY_LABELS } from '../../../components/labels/domain-labels';
import { useUrlFilters } from '../../../components/filters/use-url-filters';
import { KECAMATAN } from '../../../domain/geo/regions';
import { isCategory, isFilterEmpty } from '../../../domain/filters/filters';
import { CATEGORIES } from '../../../domain/project/types';
import { compareNames } from '../../../domain/text/compare';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { CONTRACTOR_PARAMS } from '../hooks/use-contractor-sort';
import { contractorsMessages } from '../messages';

const KECAMATAN_SORTED = [...KECAMATAN].sort((a, b) => compareNames(a.name, b.name));

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
  // The box keeps its own text so typing never waits for the URL; it follows the URL when that
  // changes from elsewhere (clear, Back, a pasted link).
  const [text, setText] = useState(filters.q ?? '');
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    if ((filters.q ?? '') !== text.trim()) setText(filters.q ?? '');
  }
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
      <div className="filter-bar__field">
        <label htmlFor={`${ids}-kecamatan`}>{t.kecamatan}</label>
        <select
          id={`${ids}-kecamatan`}
          value={filters.kecamatan ?? ''}
          onChange={(e) => setFilters((c) => ({ ...c, kecamatan: e.target.value || undefined }))}
        >
          <option value="">{t.all}</option>
          {KECAMATAN_SORTED.map((k) => (
            <option key={k.slug} value={k.slug}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${ids}-kategori`}>{t.kategori}</label>
        <select
          id={`${ids}-kategori`}
          value={filters.kategori ?? ''}
          onChange={(e) =>
            setFilters((c) => ({ ...c, kategori: isCategory(e.target.value) ? e.target.value : undefined }))
          }
        >
          <option value="">{t.all}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[locale][category]}
            </option>
          ))}
        </select>
      </div>
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
