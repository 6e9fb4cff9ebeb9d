import { lazy, Suspense, useId } from 'react';
import { statusLabel } from '../../components/labels/domain-labels';
import type { DatasetMeta } from '../../domain/dataset/types';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import { formatDate } from '../../domain/format/date';
import { kecamatanBySlugName } from '../../domain/geo/regions';
import type { Project } from '../../domain/project/types';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { embedMessages } from './embed-messages';

// Leaflet only when a map embed is shown: every other embed stays free of it (bundle budget).
const EmbedMapView = lazy(() => import('./embed-map-view').then((m) => ({ default: m.EmbedMapView })));

const LIST_LIMIT = 50;

export interface EmbedMapProps {
  /** Already filtered (kecamatan, status, …) or the one project of `proyek=`. */
  projects: readonly Project[];
  meta: DatasetMeta;
  boundaries?: BoundaryCollection;
  /** Outline to draw and to name in the title. */
  kecamatanSlug?: string;
  /** Set when the embed shows one project. */
  project?: Project;
}

/** A small map of one kecamatan or one project, with its provenance and a text list beside it. */
export function EmbedMap({ projects, meta, boundaries, kecamatanSlug, project }: EmbedMapProps) {
  const t = useMessages(embedMessages);
  const { locale } = useLanguage();
  const headingId = useId();
  const kecamatan = kecamatanSlug ? kecamatanBySlugName(kecamatanSlug) : project?.kecamatan;
  const outline = kecamatan
    ? boundaries?.features.find((f) => f.properties.kode === kecamatan.code)
    : undefined;
  const title = project
    ? t.mapTitleProject(project.title)
    : kecamatan
      ? t.mapTitleKecamatan(kecamatan.name)
      : t.mapTitleRegency;
  const drawn = projects.filter((p) => p.geometry).length;
  return (
    <section className="embed-map" aria-labelledby={headingId} data-chart="peta">
      <h2 id={headingId} className="embed-map__title">
        {title}
      </h2>
      <p className="embed-map__summary">{t.mapSummary(projects.length, drawn)}</p>
      <Suspense fallback={<p className="embed-map__canvas loading">{t.mapLoading}</p>}>
        <EmbedMapView
          projects={projects}
          outline={outline}
          boundaries={boundaries?.features}
          label={`${t.mapLabel}: ${title}`}
        />
      </Suspense>
      <p className="embed-map__caption">
        {t.source}: {meta.publisher ?? meta.sourceUrl} · {t.asOf} {formatDate(meta.asOf, locale)}
      </p>
      <details className="embed-map__list">
        <summary>{t.mapList}</summary>
        <ul>
          {projects.slice(0, LIST_LIMIT).map((p) => (
            <li key={p.id}>
              {p.title} — {statusLabel(p.status, locale)}
              {!p.geometry && ` (${t.noLocation})`}
            </li>
          ))}
          {projects.length > LIST_LIMIT && <li>{t.more(projects.length - LIST_LIMIT)}</li>}
        </ul>
      </details>
    </section>
  );
}
