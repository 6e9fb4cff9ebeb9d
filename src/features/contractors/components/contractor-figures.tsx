import { Link } from 'react-router';
import { DataValue } from '../../../components/data-value';
import { SIGNAL_LABELS, SIGNAL_RULE_TEXT } from '../../../components/labels/signal-labels';
import type { ContractorRow } from '../../../domain/contractors/contractor-rows';
import { rowShare } from '../../../domain/contractors/contractor-sort';
import { formatNumber, formatPercent, formatRupiah, formatRupiahShort } from '../../../domain/format/number';
import { SIGNALS } from '../../../domain/integrity/signals';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { contractorMessages } from '../contractor-messages';

interface FigureProps {
  name: string;
  label: string;
  value: number;
  text: string;
  note?: string;
}

/** One figure: its label, the number (exact in `value`) and a note on how it is counted. */
function Figure({ name, label, value, text, note }: FigureProps) {
  return (
    <div className="contractor-figure" data-figure={name}>
      <dt className="contractor-figure__label">{label}</dt>
      <dd className="contractor-figure__value">
        <DataValue value={value}>{text}</DataValue>
      </dd>
      {note && <dd className="contractor-figure__note">{note}</dd>}
    </div>
  );
}

/** The contractor in figures, counts beside shares, and the signals on its packages. */
export function ContractorFigures({ row, yearTotal }: { row: ContractorRow; yearTotal: number }) {
  const t = useMessages(contractorMessages);
  const { locale } = useLanguage();
  const n = (value: number) => formatNumber(value, locale);
  const ofPackages = (count: number) => t.ofPackages(formatPercent(rowShare(count, row) * 100, locale, 0));
  const signals = SIGNALS.filter((slug) => row.signals[slug] > 0);
  return (
    <section aria-labelledby="penyedia-ringkasan">
      <h2 id="penyedia-ringkasan">{t.figuresTitle}</h2>
      <dl className="contractor-figures">
        <Figure
          name="paket"
          label={t.paket}
          value={row.packages}
          text={n(row.packages)}
          note={row.unvalued > 0 ? t.unvalued(n(row.unvalued)) : undefined}
        />
        <Figure
          name="nilai"
          label={t.nilai}
          value={row.contractValue}
          text={formatRupiahShort(row.contractValue, locale)}
          note={formatRupiah(row.contractValue, locale)}
        />
        {row.share !== undefined && (
          <Figure
            name="porsi"
            label={t.porsi}
            value={row.share}
            text={formatPercent(row.share * 100, locale, 2)}
            note={t.porsiNote(formatRupiahShort(yearTotal, locale))}
          />
        )}
        <Figure
          name="terlambat"
          label={t.terlambat}
          value={row.late}
          text={n(row.late)}
          note={ofPackages(row.late)}
        />
        <Figure
          name="kritis"
          label={t.kritis}
          value={row.kritis}
          text={n(row.kritis)}
          note={ofPackages(row.kritis)}
        />
        <Figure
          name="tanda"
          label={t.tanda}
          value={row.flagged}
          text={n(row.flagged)}
          note={ofPackages(row.flagged)}
        />
      </dl>
      {signals.length > 0 && (
        <>
          <ul className="contractor-signals" aria-label={t.signalsLabel} data-testid="contractor-signals">
            {signals.map((slug) => (
              <li key={slug}>
                <Link
                  className="contractor-signal"
                  to={`/metodologi#${slug}`}
                  title={SIGNAL_RULE_TEXT[locale][slug]}
                  data-signal={slug}
                >
                  {t.signalCount(SIGNAL_LABELS[locale][slug], n(row.signals[slug]))}
                </Link>
              </li>
            ))}
          </ul>
          <p className="contractor-figures__note">{t.signalsNote}</p>
        </>
      )}
      <p className="contractor-figures__note">
        <Link to="/metodologi#kritis">{t.kritisRule}</Link>
      </p>
    </section>
  );
}
