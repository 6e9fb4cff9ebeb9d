import type { SlideSpec } from '../components/slide-types';
import { FigureGrid } from '../slides/figure-grid';
import { StatusMap } from '../slides/status-map';
import { ALL_KECAMATAN, NO_KECAMATAN } from '../../../domain/route-state/deck-schema';
import { headlineFigures } from '../../../domain/aggregate/headline';
import { KECAMATAN, kecamatanBySlugName } from '../../../domain/geo/regions';
import { formatNumber, formatPercent, formatRupiahShort } from '../../../domain/format/number';
import type { Kecamatan, Project } from '../../../domain/project/types';
import { statusLabel } from '../../../components/labels/domain-labels';
import { compareNames } from '../../../domain/text/compare';
import type { DeckContext } from './deck-context';

/**
 * The largest packages listed beside the map: with four, a kecamatan whose road names run to two
 * lines each (Muaragembong's roads) ran past the slide's body.
 */
const LARGEST = 3;

/** The default deck's closing section: at most this many kecamatan, the most kritis works first. */
const DEFAULT_KECAMATAN = 5;

/**
 * The kecamatan section of the deck. Without a parameter: the kecamatan with kritis works (the ones
 * an audience asks about), most first. `?slide-kecamatan=semua` asks for all 23 in order; `tidak`
 * for none; otherwise one slug or several, comma-separated (route-state/deck-schema.ts: without it, the map's
 * kecamatan filter carries over, so a filtered map opens the deck on its kecamatan).
 */
export function selectedKecamatan(param: string | null, projects: readonly Project[] = []): Kecamatan[] {
  if (param === null || param.trim() === '') return withKritis(projects);
  const value = param.trim().toLowerCase();
  if (value === NO_KECAMATAN) return [];
  if (value === ALL_KECAMATAN) return [...KECAMATAN].sort((a, b) => compareNames(a.name, b.name));
  const seen = new Set<string>();
  return value
    .split(',')
    .map((slug) => kecamatanBySlugName(slug.trim()))
    .filter((k): k is Kecamatan => k !== undefined && !seen.has(k.slug) && Boolean(seen.add(k.slug)));
}

function withKritis(projects: readonly Project[]): Kecamatan[] {
  const counts = new Map<string, { kecamatan: Kecamatan; kritis: number }>();
  for (const p of projects) {
    if (!p.kecamatan || !p.progress.kritis?.kritis) continue;
    const entry = counts.get(p.kecamatan.slug) ?? { kecamatan: p.kecamatan, kritis: 0 };
    entry.kritis += 1;
    counts.set(p.kecamatan.slug, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.kritis - a.kritis || compareNames(a.kecamatan.name, b.kecamatan.name))
    .slice(0, DEFAULT_KECAMATAN)
    .map((entry) => entry.kecamatan);
}

export function kecamatanSlide(ctx: DeckContext, kecamatan: Kecamatan): SlideSpec {
  const { t, locale } = ctx;
  const projects = ctx.projects.filter((p) => p.kecamatan?.slug === kecamatan.slug);
  const h = headlineFigures(projects);
  const n = (v: number) => formatNumber(v, locale);
  const largest = [...projects].sort((a, b) => (b.pagu ?? 0) - (a.pagu ?? 0)).slice(0, LARGEST);
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
                  {p.title}{' '}
                  <span className="kecamatan-slide__pagu">— {formatRupiahShort(p.pagu, locale)}</span>
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
