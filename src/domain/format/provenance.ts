import type { DatasetMeta } from '../dataset/types';
import { asOfLine } from './as-of';
import type { Locale } from './number';

type SourceMeta = Pick<DatasetMeta, 'publisher' | 'sourceUrl'>;

/** A plain table, as in as-of.ts: every figure names its source with the same word. */
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
export function provenanceLine(
  meta: SourceMeta & Parameters<typeof asOfLine>[0],
  locale: Locale = 'id',
): string {
  return `${sourceLine(meta, locale)} · ${asOfLine(meta, locale)}`;
}
