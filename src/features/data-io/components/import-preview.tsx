import { DataTable, type TableColumn } from '../../../components/data-table';
import { CATEGORY_LABELS, statusLabel } from '../../../components/labels/domain-labels';
import { formatDate } from '../../../domain/format/date';
import { formatPercent, formatRupiah } from '../../../domain/format/number';
import type { ImportedRow } from '../../../domain/spreadsheet/import-table';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { importMessages } from '../import-messages';

const SHOWN = 50;

/** The first valid rows as the package will hold them, formatted the Indonesian way. */
export function ImportPreview({ rows }: { rows: readonly ImportedRow[] }) {
  const t = useMessages(importMessages);
  const { locale } = useLanguage();
  const columns: TableColumn<ImportedRow>[] = [
    { key: 'row', label: t.row, value: (r) => r.row, numeric: true },
    { key: 'id', label: 'ID', value: (r) => r.record.id },
    { key: 'title', label: t.columnTitle, value: (r) => r.record.title },
    { key: 'cat', label: t.columnCategory, value: (r) => CATEGORY_LABELS[locale][r.record.category] },
    { key: 'status', label: 'Status', value: (r) => statusLabel(r.record.status, locale) },
    { key: 'kec', label: t.columnKecamatan, value: (r) => r.record.kecamatan?.name },
    { key: 'pagu', label: 'Pagu', value: (r) => r.record.pagu, format: (r) => formatRupiah(r.record.pagu, locale), numeric: true },
    { key: 'kontrak', label: t.columnContract, value: (r) => r.record.contractValue, format: (r) => formatRupiah(r.record.contractValue, locale), numeric: true },
    { key: 'mulai', label: t.columnStart, value: (r) => r.record.contractStart, format: (r) => formatDate(r.record.contractStart, locale, 'short') },
    { key: 'fisik', label: t.columnPhysical, value: (r) => r.record.actualProgress[0]?.value, format: (r) => formatPercent(r.record.actualProgress[0]?.value, locale), numeric: true },
  ]; // prettier-ignore
  return (
    <section aria-labelledby="pratinjau-impor">
      <h2 id="pratinjau-impor">{t.previewTitle}</h2>
      <DataTable
        caption={t.previewCaption(Math.min(SHOWN, rows.length), rows.length)}
        columns={columns}
        rows={rows.slice(0, SHOWN)}
        rowKey={(r) => String(r.row)}
      />
    </section>
  );
}
