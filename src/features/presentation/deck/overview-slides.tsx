import type { SlideSpec } from '../components/slide-types';
import { FigureGrid } from '../slides/figure-grid';
import { StatusMap } from '../slides/status-map';
import { headlineFigures } from '../../../domain/aggregate/headline';
import { asOfLine, sourceName } from '../../../domain/format/as-of';
import { formatNumber, formatPercent, formatRupiahShort } from '../../../domain/format/number';
import { statusLabel } from '../../../components/labels/domain-labels';
import { deckYear, presentsEverything, type DeckContext } from './deck-context';

export function titleSlide(ctx: DeckContext): SlideSpec {
  const { t, dataset, locale } = ctx;
  return {
    id: 'judul',
    layout: 'title',
    title: t.deckTitle(String(deckYear(ctx))),
    subtitle: t.titleSubtitle(sourceName(dataset.meta)),
    content: (
      <div className="title-slide">
        <p className="title-slide__asof">{asOfLine(dataset.meta, locale)}</p>
        <p>{t.titleLead}</p>
      </div>
    ),
  };
}

export function headlineSlide({ t, projects, locale }: DeckContext): SlideSpec {
  const h = headlineFigures(projects);
  const n = (v: number) => formatNumber(v, locale);
  const physical = formatPercent(h.physicalPercent, locale);
  return {
    id: 'angka-utama',
    title: t.headline,
    notes: [t.notesHeadline(formatRupiahShort(h.pagu, locale), formatRupiahShort(h.paid, locale), physical)],
    content: (
      <FigureGrid
        figures={[
          { key: 'packages', label: t.packages, value: n(h.packages) },
          { key: 'pagu', label: t.pagu, value: formatRupiahShort(h.pagu, locale) },
          { key: 'contract', label: t.contractValue, value: formatRupiahShort(h.contractValue, locale) },
          {
            key: 'paid',
            label: t.paid,
            value: formatRupiahShort(h.paid, locale),
            detail: t.serapan(formatPercent(h.serapanPercent, locale)),
          },
          {
            key: 'physical',
            label: t.physical,
            value: physical,
            detail: t.physicalBasis(n(h.physicalBasis)),
          },
          {
            key: 'road',
            label: t.road,
            value: `${formatNumber(h.road.totalM / 1000, locale, 1)} km`,
            detail: t.roadDetail(n(h.road.packages)),
          },
          { key: 'bridges', label: t.bridges, value: n(h.bridges) },
          { key: 'completed', label: t.completed, value: n(h.completed) },
          { key: 'kritis', label: t.kritis, value: n(h.kritis), detail: t.kritisDetail, tone: 'alert' },
          { key: 'late', label: t.late, value: n(h.late), tone: 'alert' },
        ]}
      />
    ),
  };
}

export function mapSlide(ctx: DeckContext): SlideSpec {
  const { t, projects, locale, boundaries } = ctx;
  const label = t.mapLabel(formatNumber(projects.length, locale));
  return {
    id: 'peta-status',
    // "All works" only when it is all of them: a filtered deck names its filters under the title.
    title: presentsEverything(ctx) ? t.map : t.mapChosen,
    notes: [t.notesMap],
    content: (
      <StatusMap
        projects={projects}
        boundaries={boundaries}
        label={label}
        statusLabel={(s) => statusLabel(s, locale)}
        countLabel={(count) => t.packagesN(formatNumber(count, locale))}
      />
    ),
  };
}
