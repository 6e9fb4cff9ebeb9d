import { KECAMATAN } from '../../domain/geo/regions';
import type { KecamatanTotals } from '../../domain/map/choropleth';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { DataValue } from '../../components/data-value';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { mapMessages } from './map-messages';
import { compareNames } from '../../domain/text/compare';

/**
 * Per-kecamatan figures for the current filter: the text alternative of the choropleth, and where
 * projects without a location are counted (never placed on a made-up point).
 */
export function KecamatanTable({ totals, open }: { totals: Map<string, KecamatanTotals>; open: boolean }) {
  const t = useMessages(mapMessages);
  const { locale } = useLanguage();
  const rows = [...KECAMATAN]
    .sort((a, b) => compareNames(a.name, b.name))
    .map(
      (k) =>
        totals.get(k.code) ?? { code: k.code, name: k.name, slug: k.slug, count: 0, pagu: 0, unlocated: 0 },
    );
  return (
    <details className="kecamatan-table" open={open || undefined}>
      <summary>{t.table}</summary>
      <div className="kecamatan-table__scroll">
        <table data-testid="kecamatan-table">
          <thead>
            <tr>
              <th scope="col">{t.kecamatan}</th>
              <th scope="col">{t.projects}</th>
              <th scope="col">{t.unlocatedCol}</th>
              <th scope="col">{t.pagu}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-kecamatan={row.slug}>
                <th scope="row">{row.name}</th>
                <td>
                  <DataValue value={row.count}>{formatNumber(row.count, locale)}</DataValue>
                </td>
                <td>
                  <DataValue value={row.unlocated}>{formatNumber(row.unlocated, locale)}</DataValue>
                </td>
                <td>
                  <DataValue value={row.pagu}>{formatRupiahShort(row.pagu, locale)}</DataValue>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
