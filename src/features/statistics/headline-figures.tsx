import { useMemo } from 'react';
import { headlineFigures } from '../../domain/aggregate/headline';
import { formatNumber, formatPercent, formatRupiahShort } from '../../domain/format/number';
import type { Project } from '../../domain/project/types';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { HeadlineFigure } from './headline-figure';
import { statisticsMessages } from './messages';

/**
 * The headline figures for the current filter. Each is a <data> element with the exact number,
 * and each says how it is computed (serapan = paid ÷ pagu; progress weighted by contract value).
 */
export function HeadlineFigures({ projects }: { projects: readonly Project[] }) {
  const t = useMessages(statisticsMessages);
  const { locale } = useLanguage();
  const f = useMemo(() => headlineFigures(projects), [projects]);
  const n = (value: number) => formatNumber(value, locale);
  const km = (metres: number) => `${formatNumber(metres / 1000, locale, 1)} ${t.km}`;

  return (
    <div className="headline">
      <dl className="headline__grid">
        <HeadlineFigure name="paket" label={t.packages} value={f.packages} text={n(f.packages)} />
        <HeadlineFigure name="pagu" label={t.pagu} value={f.pagu} text={formatRupiahShort(f.pagu, locale)} />
        <HeadlineFigure
          name="nilai-kontrak"
          label={t.contractValue}
          value={f.contractValue}
          text={formatRupiahShort(f.contractValue, locale)}
        />
        <HeadlineFigure
          name="realisasi-keuangan"
          label={t.paid}
          value={f.paid}
          text={formatRupiahShort(f.paid, locale)}
          note={t.paidNote}
        />
        <HeadlineFigure
          name="serapan"
          label={t.serapan}
          value={f.serapanPercent}
          text={formatPercent(f.serapanPercent, locale)}
          note={t.serapanNote}
        />
        <HeadlineFigure
          name="progres-fisik"
          label={t.physical}
          value={f.physicalPercent}
          text={formatPercent(f.physicalPercent, locale)}
          note={t.physicalNote(n(f.physicalBasis))}
        />
        <HeadlineFigure
          name="jalan-km"
          label={t.road}
          value={f.road.totalM / 1000}
          text={km(f.road.totalM)}
          note={t.roadNote(km(f.road.fromGeometryM), km(f.road.fromVolumeM), n(f.road.unknownLength))}
        />
        <HeadlineFigure
          name="jembatan"
          label={t.bridges}
          value={f.bridges}
          text={n(f.bridges)}
          note={t.bridgesNote}
        />
      </dl>
      <h3 className="headline__subtitle">{t.statusGroup}</h3>
      <dl className="headline__grid headline__grid--status">
        <HeadlineFigure name="selesai" label={t.completed} value={f.completed} text={n(f.completed)} />
        <HeadlineFigure name="pelaksanaan" label={t.inProgress} value={f.inProgress} text={n(f.inProgress)} />
        <HeadlineFigure name="terlambat" label={t.late} value={f.late} text={n(f.late)} note={t.lateNote} />
        <HeadlineFigure
          name="kritis"
          label={t.kritis}
          value={f.kritis}
          text={n(f.kritis)}
          note={t.kritisNote}
        />
        <HeadlineFigure
          name="putus-kontrak"
          label={t.terminated}
          value={f.terminated}
          text={n(f.terminated)}
        />
        <HeadlineFigure
          name="gagal-tender"
          label={t.failedTender}
          value={f.failedTender}
          text={n(f.failedTender)}
        />
      </dl>
    </div>
  );
}
