import type { Project } from '../../../domain/project/types';
import { formatDate } from '../../../domain/format/date';
import { formatPercent, formatPoints, formatRupiahShort } from '../../../domain/format/number';
import { roundPoints } from '../../../domain/progress/series';
import { DataValue } from '../../../components/data-value';
import { useLanguage } from '../../../lib/i18n/language';

function Meter({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value?: number;
  detail?: string;
  testId: string;
}) {
  const { locale } = useLanguage();
  const width = value === undefined ? 0 : Math.max(0, Math.min(100, value));
  return (
    <div className="compare__row" data-testid={testId}>
      <span className="compare__label">{label}</span>
      {/* A native bar, not a styled width: the page's HTML is written by the build, and the
          policy allows no style attributes in it. */}
      <progress className="compare__track" max={100} value={width} aria-hidden="true" />
      <span className="compare__value">
        {value === undefined ? (
          locale === 'id' ? (
            'tidak tersedia'
          ) : (
            'not available'
          )
        ) : (
          <DataValue value={value}>{formatPercent(value, locale, 2)}</DataValue>
        )}
        {detail && <span className="compare__detail"> {detail}</span>}
      </span>
    </div>
  );
}

/**
 * Progres fisik beside progres keuangan at the as-of date, with the gap in one sentence: the press
 * asks why money runs ahead of work (or behind it).
 */
export function PhysicalFinancial({ project }: { project: Project }) {
  const { locale } = useLanguage();
  const id = locale === 'id';
  const p = project.progress;
  const physical = p.actual;
  const financial = p.financialPercent;
  const gap =
    physical !== undefined && financial !== undefined ? roundPoints(financial - physical) : undefined;
  const sentence =
    gap === undefined
      ? id
        ? 'Perbandingan tidak dapat dibuat karena salah satu angka tidak tersedia.'
        : 'No comparison: one of the figures is not available.'
      : Math.abs(gap) < 0.005
        ? id
          ? 'Pembayaran sejalan dengan kemajuan fisik.'
          : 'Payments match physical progress.'
        : gap > 0
          ? id
            ? `Pembayaran ${formatPoints(gap, locale).replace('+', '')} di atas kemajuan fisik: uang yang dibayar lebih banyak dari pekerjaan yang dilaporkan selesai (misalnya uang muka).`
            : `Payments are ${formatPoints(gap, locale).replace('+', '')} ahead of physical progress: more paid than work reported done (e.g. an advance).`
          : id
            ? `Pembayaran ${formatPoints(-gap, locale).replace('+', '')} di bawah kemajuan fisik: pekerjaan sudah dikerjakan tetapi belum dibayar (pembayaran per termin).`
            : `Payments are ${formatPoints(-gap, locale).replace('+', '')} behind physical progress: work done but not yet paid (paid in instalments).`;
  return (
    <section
      className="project-section compare"
      aria-labelledby="compare-title"
      data-testid="physical-financial"
    >
      <h2 id="compare-title">{id ? 'Progres fisik dan keuangan' : 'Physical and financial progress'}</h2>
      <p className="compare__when">
        {p.reportDate
          ? id
            ? `Laporan fisik terakhir: ${formatDate(p.reportDate, locale)}`
            : `Latest physical report: ${formatDate(p.reportDate, locale)}`
          : id
            ? 'Belum ada laporan fisik.'
            : 'No physical report yet.'}
      </p>
      <Meter
        label={id ? 'Fisik (realisasi)' : 'Physical (actual)'}
        value={physical}
        testId="compare-physical"
      />
      {p.planned !== undefined && (
        <Meter
          label={id ? 'Fisik (rencana)' : 'Physical (plan)'}
          value={p.planned}
          detail={
            p.deviation === undefined
              ? undefined
              : `(${id ? 'deviasi' : 'deviation'} ${formatPoints(p.deviation, locale)})`
          }
          testId="compare-planned"
        />
      )}
      <Meter
        label={id ? 'Keuangan (dibayar)' : 'Financial (paid)'}
        value={financial}
        detail={
          p.financialAmount === undefined ? undefined : `(${formatRupiahShort(p.financialAmount, locale)})`
        }
        testId="compare-financial"
      />
      <p className="compare__sentence" data-testid="compare-sentence">
        {sentence}
      </p>
    </section>
  );
}
