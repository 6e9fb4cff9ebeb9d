import type { TableColumn } from '../../components/data-table';
import type { ContractorRank, TopContractors } from '../../domain/aggregate/contractors';
import { formatNumber, formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import type { ChartViewProps } from './chart-view-props';
import { plainContractorLink, type ContractorLink } from './contractor-link';
import { rupiahFormatter, shareText, valueLabelRoom } from './format';
import { HorizontalBarChartCard } from './horizontal-bar-chart-card';
import { chartMessages } from './messages';
import { BAR_VALUE_LABEL_STYLE, PALETTE } from '../../components/chart-card/palette';
import { topContractorsSummary } from './summaries/top-contractors';
import { moneyColumn, shareColumn } from './table-columns';
import './charts.css';

interface Row extends Omit<ContractorRank, 'key'> {
  /** The rank as text: unique, where two names without a contractorKey would not be. */
  key: string;
  contractorKey: string;
  rank: number;
  label: string;
}

/** Firm names share their first words ("PT", "CV Karya"): two lines keep the words that differ. */
const LABEL_LINES = 2;

export interface TopContractorsViewProps extends ChartViewProps<TopContractors> {
  /** The app gives its router link; an embed, by default, a plain link into the app. */
  contractorLink?: ContractorLink;
}

/**
 * The contractors holding the most contract value, ranked, and the share of the five largest. Bars
 * run left to right, each as long as its value; long firm names take two lines on the axis (then
 * are cut) and stay whole in the list and the table. The numbered list under the card links each
 * to its page. Packages the ranking cannot place are said in the summary.
 */
export function TopContractorsView({
  data,
  contractorLink = plainContractorLink,
  ...card
}: TopContractorsViewProps) {
  const t = useMessages(chartMessages);
  const s = useMessages(topContractorsSummary);
  const { locale } = useLanguage();
  const rows: Row[] = data.top.map(({ key, ...contractor }, i) => ({
    ...contractor,
    key: String(i + 1),
    contractorKey: key,
    rank: i + 1,
    label: `${i + 1}. ${contractor.name}`,
  }));
  const total = data.contractValue;
  const money = rupiahFormatter(locale);
  const count = (n: number) => formatNumber(n, locale);
  const ranking =
    rows.length > 0
      ? s.topContractors(
          count(Math.min(5, rows.length)),
          shareText(data.top5Value, total, locale),
          formatRupiahShort(data.top5Value, locale),
          formatRupiahShort(total, locale),
          count(data.contractors),
        )
      : s.topContractorsNone();
  const notRanked = [
    ...(data.noContractor > 0 ? [s.noContractor(count(data.noContractor))] : []),
    ...(data.noValue > 0 ? [s.noValue(count(data.noValue))] : []),
  ];
  const summary = notRanked.length > 0 ? `${ranking} ${s.notRanked(notRanked)}` : ranking;
  const link = (row: Row) =>
    row.contractorKey ? contractorLink({ key: row.contractorKey, name: row.name }) : row.name;
  const columns: TableColumn<Row>[] = [
    { key: 'rank', label: t.rank, value: (r) => r.rank, numeric: true },
    { key: 'contractor', label: t.contractor, value: (r) => r.name, format: link },
    {
      key: 'packages',
      label: t.packages,
      value: (r) => r.contracts,
      numeric: true,
      format: (r) => count(r.contracts),
    },
    moneyColumn('contract', t.contractValue, (r) => r.contractValue, locale),
    shareColumn(t.share, (r) => r.contractValue, total, locale),
  ];

  return (
    <div className="top-contractors">
      <HorizontalBarChartCard
        {...card}
        chartId="penyedia-terbesar"
        title={t.titleTopContractors}
        summary={summary}
        columns={columns}
        rows={rows}
        rowHeight={LABEL_LINES * 18}
        minHeight={200}
        marginRight={valueLabelRoom(
          rows.map((row) => money(row.contractValue)),
          BAR_VALUE_LABEL_STYLE.fontSize,
        )}
        labelWidth={230}
        labelMaxChars={34}
        valueAxis={{ tickFormatter: money }}
        tooltipFormatter={money}
        series={[
          {
            dataKey: 'contractValue',
            name: t.contractValue,
            fill: PALETTE.green,
            valueLabel: { format: money, style: BAR_VALUE_LABEL_STYLE },
          },
        ]}
      />
      {rows.length > 0 && (
        <ol className="ranked-list" aria-label={t.titleTopContractors}>
          {rows.map((row) => (
            <li key={row.key}>
              {link(row)}{' '}
              <span className="ranked-list__meta">
                {formatRupiahShort(row.contractValue, locale)} · {shareText(row.contractValue, total, locale)}{' '}
                · {count(row.contracts)} {t.packagesUnit}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
