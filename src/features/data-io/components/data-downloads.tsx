import { isFilterEmpty, type Filters } from '../../../domain/filters/filters';
import type { DatasetMeta } from '../../../domain/dataset/types';
import type { Project } from '../../../domain/project/types';
import { BIDANG_LABELS, CATEGORY_LABELS, STATUS_LABELS } from '../../../components/labels/domain-labels';
import { useMessages } from '../../../lib/i18n/messages';
import { dataMessages } from '../data-messages';
import { downloadProjects, type ExportFormat } from '../utils/exports';

// The CSV keeps Indonesian labels in both languages: its columns are the import template's.
const LABELS = {
  category: (c: Project['category']) => CATEGORY_LABELS.id[c],
  bidang: (b: Project['bidang']) => BIDANG_LABELS.id[b],
  status: (s: Project['status']) => STATUS_LABELS.id[s],
};
const FORMATS: ExportFormat[] = ['oc4ids', 'csv', 'geojson'];

interface DataDownloadsProps {
  all: readonly Project[];
  filtered: readonly Project[];
  filters: Filters;
  meta: DatasetMeta;
}

/** Downloads of the current filter and of everything, in OC4IDS, CSV and GeoJSON. */
export function DataDownloads({ all, filtered, filters, meta }: DataDownloadsProps) {
  const t = useMessages(dataMessages);
  const scopes = [
    { key: 'saringan', title: t.filteredTitle, projects: filtered, filters },
    { key: 'semua', title: t.allTitle, projects: all, filters: {} },
  ] as const;
  const withoutGeometry = filtered.filter((p) => !p.geometry).length;
  return (
    <div className="data-downloads">
      {isFilterEmpty(filters) && <p className="notice notice--info">{t.noFilter}</p>}
      {scopes.map((scope) => (
        <section key={scope.key} className="data-downloads__scope" aria-labelledby={`unduh-${scope.key}`}>
          <h3 id={`unduh-${scope.key}`}>
            {scope.title}: <span data-testid={`jumlah-${scope.key}`}>{t.count(scope.projects.length)}</span>
          </h3>
          <ul className="data-downloads__buttons">
            {FORMATS.map((format) => (
              <li key={format}>
                <button
                  type="button"
                  className="button"
                  data-testid={`unduh-${scope.key}-${format}`}
                  disabled={scope.projects.length === 0}
                  onClick={() => downloadProjects(format, scope.projects, meta, scope.filters, LABELS)}
                >
                  {t[format]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {withoutGeometry > 0 && <p className="data-downloads__note">{t.withoutGeometry(withoutGeometry)}</p>}
      <h3>{t.formatsTitle}</h3>
      <dl className="data-downloads__formats">
        <dt>{t.oc4ids}</dt>
        <dd>{t.oc4idsNote}</dd>
        <dt>{t.csv}</dt>
        <dd>{t.csvNote}</dd>
        <dt>{t.geojson}</dt>
        <dd>{t.geojsonNote}</dd>
      </dl>
    </div>
  );
}
