import { useState } from 'react';
import { CATEGORY_LABELS } from '../labels/domain-labels';
import { isCategory } from '../../domain/filters/filters';
import { KECAMATAN } from '../../domain/geo/regions';
import { CATEGORIES, type Category } from '../../domain/project/types';
import { compareNames } from '../../domain/text/compare';
import type { Locale } from '../../lib/i18n/locale';

const KECAMATAN_SORTED = [...KECAMATAN].sort((a, b) => compareNames(a.name, b.name));

interface FieldProps<T> {
  id: string;
  label: string;
  /** The first option, "Semua". */
  allLabel: string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
}

/** The kecamatan select of every filter form: the 23, A–Z, their slugs as values. */
export function KecamatanField({ id, label, allLabel, value, onChange }: FieldProps<string>) {
  return (
    <div className="filter-bar__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {KECAMATAN_SORTED.map((k) => (
          <option key={k.slug} value={k.slug}>
            {k.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The kategori select of every filter form, labelled in the reader's language. */
export function KategoriField({
  id,
  label,
  allLabel,
  value,
  onChange,
  locale,
}: FieldProps<Category> & { locale: Locale }) {
  return (
    <div className="filter-bar__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(isCategory(e.target.value) ? e.target.value : undefined)}
      >
        <option value="">{allLabel}</option>
        {CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {CATEGORY_LABELS[locale][category]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A search box's own text: typing is never interrupted by a URL round trip, and the text follows
 * the URL's `q` when that changes from elsewhere (reset, Back, a pasted link).
 */
export function useSearchText(q: string | undefined): [string, (text: string) => void] {
  const [text, setText] = useState(q ?? '');
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    if ((q ?? '') !== text.trim()) setText(q ?? '');
  }
  return [text, setText];
}
