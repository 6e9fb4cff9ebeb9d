import type { DatasetMeta } from '../dataset/types';
import { formatDate } from './date';
import type { Locale } from './number';

type AsOfMeta = Pick<DatasetMeta, 'asOf' | 'asOfSource'>;

/**
 * A plain table, as in number.ts: domain code stays free of React. "Data per" only when the day is
 * the data's own (published, or its newest record); a package with no date at all is judged at the
 * day it is read, which the label must not pass off as the data's date.
 */
const LABELS: Record<Locale, { data: string; computed: string }> = {
  id: { data: 'Data per', computed: 'Dihitung per' },
  en: { data: 'Data as of', computed: 'Computed for' },
};

/** "Data per" or, for a package with no date of its own, "Dihitung per". */
export function asOfLabel(meta: AsOfMeta, locale: Locale = 'id'): string {
  return LABELS[locale][meta.asOfSource === 'read-date' ? 'computed' : 'data'];
}

/** "Data per 29 Desember 2023": the one way every chart, embed, slide, card and preview dates its figures. */
export function asOfLine(meta: AsOfMeta, locale: Locale = 'id', style: 'long' | 'short' = 'long'): string {
  return `${asOfLabel(meta, locale)} ${formatDate(meta.asOf, locale, style)}`;
}

type SourceMeta = Pick<DatasetMeta, 'publisher' | 'sourceUrl'>;

/** Every figure names its source with the same word. */
const SOURCE: Record<Locale, string> = { id: 'Sumber', en: 'Source' };

/** Who the figures come from: the publisher's name, or else the address they were read from. */
export function sourceName(meta: SourceMeta): string {
  return meta.publisher ?? meta.sourceUrl;
}

/** "Sumber: Dinas SDABMBK Kabupaten Bekasi". */
export function sourceLine(meta: SourceMeta, locale: Locale = 'id'): string {
  return `${SOURCE[locale]}: ${sourceName(meta)}`;
}

/**
 * "Sumber: Dinas SDABMBK Kabupaten Bekasi · Data per 29 Desember 2023": the one line that traces a
 * chart, an embed, a slide or a preview card to its data and that data's own date.
 */
export function provenanceLine(meta: SourceMeta & AsOfMeta, locale: Locale = 'id'): string {
  return `${sourceLine(meta, locale)} · ${asOfLine(meta, locale)}`;
}
