import { lazy, Suspense, useContext, useId } from 'react';
import { statusLabel } from '../../components/labels/domain-labels';
import type { DatasetMeta } from '../../domain/dataset/types';
import type { BoundaryCollection } from '../../domain/geo/boundaries';
import type { Kecamatan, Project } from '../../domain/project/types';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { EmbedLinksContext } from './embed-links';
import { embedMessages } from './embed-messages';
import { mapMessages } from './map-messages';
import { MapLegend } from './map-legend';
import { provenanceLine } from '../../domain/format/as-of';

// Leaflet only when a map embed is shown: every other embed stays free of it (bundle budget).
const EmbedMapView = lazy(() => import('./embed-map-view').then((m) => ({ default: m.EmbedMapView })));

const LIST_LIMIT = 50;

export interface EmbedMapProps {
  /** Already filtered (kecamatan, status, …) or the one project of `proyek=`. */
  projects: readonly Project[];
  meta: DatasetMeta;
  boundaries?: BoundaryCollection;
  /** The kecamatan to outline and name in the title. */
  kecamatan?: Kecamatan;
  /** Set when the embed shows one project. */
  project?: Project;
  /** The filters the projects were chosen by, in words (filterCaption). */
  subtitle?: string;
}

/** A small map of one kecamatan or one project, with its legend, provenance and a text list. */
export function EmbedMap({ projects, meta, boundaries, kecamatan, project, subtitle }: EmbedMapProps) {
  const t = useMessages(embedMessages);
  const m = useMessages(mapMessages);
  const { locale } = useLanguage();
  const links = useContext(EmbedLinksContext);
  const headingId = useId();
  const place = kecamatan ?? project?.kecamatan;
  const outline = place ? boundaries?.features.find((f) => f.properties.kode === place.code) : undefined;
  const title = project
    ? m.mapTitleProject(project.title)
    : kecamatan
      ? m.mapTitleKecamatan(kecamatan.name)
      : m.mapTitleRegency;
  const drawn = projects.filter((p) => p.geometry).length;
  return (
    <section className="embed-map" aria-labelledby={headingId} data-chart="peta">
      <h2 id={headingId} className="embed-map__title">
        {title}
      </h2>
      {subtitle && (
        <p className="chart-card__subtitle" data-testid="chart-filters">
          {subtitle}
        </p>
      )}
      <p className="embed-map__summary">{m.mapSummary(projects.length, drawn)}</p>
      <Suspense fallback={<p className="embed-map__canvas loading">{m.mapLoading}</p>}>
        <EmbedMapView
          projects={projects}
          outline={outline}
          boundaries={boundaries?.features}
          label={`${m.mapLabel}: ${title}`}
        />
      </Suspense>
      <MapLegend projects={projects} />
      <p className="embed-map__caption">
        <a href={links.fullView} target="_blank" rel="noopener" data-testid="embed-full-view">
          {t.brand}
          <span className="visually-hidden"> {t.newTab}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
        {meta.isSample && <strong className="embed-footer__sample"> · {t.sample}</strong>} ·{' '}
        {provenanceLine(meta, locale)}
      </p>
      <details className="embed-map__list">
        <summary>{m.mapList}</summary>
        <ul>
          {projects.slice(0, LIST_LIMIT).map((p) => (
            <li key={p.id}>
              {p.title} — {statusLabel(p.status, locale)}
              {!p.geometry && ` (${m.noLocation})`}
            </li>
          ))}
          {projects.length > LIST_LIMIT && <li>{m.more(projects.length - LIST_LIMIT)}</li>}
        </ul>
      </details>
    </section>
  );
}
