import type { SlideSpec } from '../../features/presentation/components/slide-types';
import { FigureGrid } from '../../features/presentation/slides/figure-grid';
import { StatusMap } from '../../features/presentation/slides/status-map';
import { ALL_KECAMATAN } from '../../features/presentation/utils/deck-params';
import { headlineFigures } from '../../domain/aggregate/headline';
import { KECAMATAN, kecamatanBySlugName } from '../../domain/geo/regions';
import { formatNumber, formatPercent, formatRupiahShort } from '../../domain/format/number';
import type { Kecamatan } from '../../domain/project/types';
import { statusLabel } from '../../components/labels/domain-labels';
import type { DeckContext } from './deck-context';

/**
 * `?kecamatan=semua` asks for all 23 in order; otherwise one slug or several, comma-separated
 * (the map's kecamatan filter carries over, so a filtered map opens the deck on its kecamatan).
 */
export function selectedKecamatan(param: string | null): Kecamatan[] {
  if (!param) return [];
  if (param.trim().toLowerCase() === ALL_KECAMATAN)
    return [...KECAMATAN].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const seen = new Set<string>();
  return param
    .split(',')
    .map((slug) => kecamatanBySlugName(slug.trim().toLowerCase()))
    .filter((k): k is Kecamatan => k !== undefined && !seen.has(k.slug) && Boolean(seen.add(k.slug)));
}

export function kecamatanSlide(ctx: DeckContext, kecamatan: Kecamatan): SlideSpec {
  const { t, dataset, locale } = ctx;
  const projects = dataset.projects.filter((p) => p.kecamatan?.slug === kecamatan.slug);
  const h = headlineFigures(projects);
  const n = (v: number) => formatNumber(v, locale);
  const largest = [...projects].sort((a, b) => (b.pagu ?? 0) - (a.pagu ?? 0)).slice(0, 4);
  return {
    id: `kecamatan-${kecamatan.slug}`,
    title: t.kecamatanTitle(kecamatan.name),
    subtitle: t.packagesN(n(projects.length)),
    content:
      projects.length === 0 ? (
        <p className="slide-lead">{t.kecamatanNone}</p>
      ) : (
        <div className="slide-columns kecamatan-slide">
          <div>
            <FigureGrid
              figures={[
                { key: 'pagu', label: t.pagu, value: formatRupiahShort(h.pagu, locale) },
                {
                  key: 'paid',
                  label: t.paid,
                  value: formatRupiahShort(h.paid, locale),
                  detail: t.serapan(formatPercent(h.serapanPercent, locale)),
                },
                { key: 'physical', label: t.physical, value: formatPercent(h.physicalPercent, locale) },
                { key: 'kritis', label: t.kritis, value: n(h.kritis), tone: 'alert' },
              ]}
            />
            <h3 className="kecamatan-slide__heading">{t.largestHere}</h3>
            <ul className="slide-list">
              {largest.map((p) => (
                <li key={p.id}>
                  {p.title} — {formatRupiahShort(p.pagu, locale)}
                </li>
              ))}
            </ul>
          </div>
          <StatusMap
            projects={projects}
            boundaries={ctx.boundaries}
            highlight={kecamatan.code}
            label={t.mapLabel(n(projects.length))}
            statusLabel={(s) => statusLabel(s, locale)}
            countLabel={(count) => t.packagesN(n(count))}
          />
        </div>
      ),
  };
}
