import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DeferChartDrawingContext } from '../../components/chart-card/defer-drawing';
import { formatNumber } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { statisticsMessages } from './messages';
import './statistics.css';

interface StatisticsLayoutProps {
  /** The shared filter bar (same URL parameters as the map). */
  filters: ReactNode;
  shown: number;
  total: number;
  /** "/?kecamatan=…": the same filtered view on the map, one link away. */
  mapHref: string;
  headline: ReactNode;
  /** The chart cards. */
  children: ReactNode;
}

/** The statistics page: intro, filters, headline figures, then the charts in a responsive grid. */
export function StatisticsLayout({
  filters,
  shown,
  total,
  mapHref,
  headline,
  children,
}: StatisticsLayoutProps) {
  const t = useMessages(statisticsMessages);
  const { locale } = useLanguage();
  return (
    <div className="statistics">
      {filters}
      <p className="statistics__scope" aria-live="polite">
        {shown === total
          ? t.allNote(formatNumber(total, locale))
          : t.filteredNote(formatNumber(shown, locale), formatNumber(total, locale))}{' '}
        <Link to={mapHref}>{t.viewOnMap}</Link>
      </p>
      <section aria-labelledby="statistik-angka">
        <h2 id="statistik-angka">{t.headline}</h2>
        {headline}
      </section>
      <section aria-labelledby="statistik-grafik">
        <h2 id="statistik-grafik">{t.charts}</h2>
        {/* Seven charts at once block the page at thousands of packages: each is drawn when it
            comes near the viewport; titles, summaries and tables are there from the start. */}
        <DeferChartDrawingContext.Provider value={true}>
          <div className="statistics__charts">{children}</div>
        </DeferChartDrawingContext.Provider>
      </section>
    </div>
  );
}
