import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { detailsQuery, type LoadedDataset } from '../../../api/dataset-queries';
import { useDownloadSizes } from '../../../api/download-sizes';
import { formatFileSize } from '../../../domain/format/file-size';
import { estimateDownloadBytes } from '../../../domain/publish/download-sizes';
import { useLanguage } from '../../../lib/i18n/language';
import { isFilterEmpty, type Filters } from '../../../domain/filters/filters';
import type { Project } from '../../../domain/project/types';
import { useMessages } from '../../../lib/i18n/messages';
import { dataMessages } from '../data-messages';
import { downloadProjects, type ExportFormat } from '../utils/exports';
import { SPREADSHEET_LABELS } from '../utils/export-labels';

const FORMATS: ExportFormat[] = ['oc4ids', 'csv', 'xlsx', 'geojson'];

interface DataDownloadsProps {
  dataset: LoadedDataset;
  filtered: readonly Project[];
  filters: Filters;
  /** Where the kecamatan boundaries are (the worker places projects with them when it reads the package). */
  boundariesUrl: string;
}

/**
 * Downloads of the current filter and of everything, in OC4IDS, CSV and GeoJSON. The index rows
 * on the page do not carry everything a download writes (series, documents, the published line),
 * so the full records are read from the package first, off the main thread.
 */
export function DataDownloads({ dataset, filtered, filters, boundariesUrl }: DataDownloadsProps) {
  const t = useMessages(dataMessages);
  const { locale } = useLanguage();
  const client = useQueryClient();
  const sizes = useDownloadSizes(dataset);
  const [preparing, setPreparing] = useState<string>();
  const [failed, setFailed] = useState(false);
  const { meta, projects: all } = dataset;
  const download = async (
    key: string,
    format: ExportFormat,
    projects: readonly Project[],
    scopeFilters: Filters,
  ) => {
    setPreparing(`${key}-${format}`);
    setFailed(false);
    try {
      const ids = projects === all ? 'all' : projects.map((p) => p.id);
      const details = await client.fetchQuery(detailsQuery(dataset, ids, boundariesUrl));
      await downloadProjects(format, details, meta, scopeFilters, SPREADSHEET_LABELS);
    } catch {
      setFailed(true);
    } finally {
      setPreparing(undefined);
    }
  };
  const scopes = [
    { key: 'saringan', title: t.filteredTitle, projects: filtered, filters },
    { key: 'semua', title: t.allTitle, projects: all, filters: {} },
  ] as const;
  // The text before download: "sekitar 48 kB", when the published folder says what each file weighs.
  const sizeOf = (ids: readonly string[], format: ExportFormat) => {
    const bytes = sizes && ids.length > 0 ? estimateDownloadBytes(sizes, ids, format) : undefined;
    return bytes === undefined ? undefined : t.aboutSize(formatFileSize(bytes, locale));
  };

  const withoutGeometry = filtered.filter((p) => !p.geometry).length;
  return (
    <div className="data-downloads">
      {isFilterEmpty(filters) && <p className="notice notice--info">{t.noFilter}</p>}
      {scopes.map((scope) => {
        const ids = sizes ? scope.projects.map((p) => p.id) : [];
        return (
          <section key={scope.key} className="data-downloads__scope" aria-labelledby={`unduh-${scope.key}`}>
            <h3 id={`unduh-${scope.key}`}>
              {scope.title}: <span data-testid={`jumlah-${scope.key}`}>{t.count(scope.projects.length)}</span>
            </h3>
            <ul className="data-downloads__buttons">
              {FORMATS.map((format) => {
                const size = sizeOf(ids, format);
                return (
                  <li key={format}>
                    <button
                      type="button"
                      className="button"
                      data-testid={`unduh-${scope.key}-${format}`}
                      disabled={scope.projects.length === 0 || preparing !== undefined}
                      aria-busy={preparing === `${scope.key}-${format}` || undefined}
                      onClick={() => void download(scope.key, format, scope.projects, scope.filters)}
                    >
                      {preparing === `${scope.key}-${format}` ? t.preparing : t[format]}
                      {size && (
                        <span className="data-downloads__size" data-testid={`ukuran-${scope.key}-${format}`}>
                          {size}
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {failed && (
        <p className="notice notice--warning" role="alert">
          {t.downloadFailed}
        </p>
      )}
      {withoutGeometry > 0 && <p className="data-downloads__note">{t.withoutGeometry(withoutGeometry)}</p>}
      {sizes && <p className="data-downloads__note">{t.sizesNote}</p>}
      <h3>{t.formatsTitle}</h3>
      <dl className="data-downloads__formats">
        <dt>{t.oc4ids}</dt>
        <dd>{t.oc4idsNote}</dd>
        <dt>{t.csv}</dt>
        <dd>{t.csvNote}</dd>
        <dt>{t.xlsx}</dt>
        <dd>{t.xlsxNote}</dd>
        <dt>{t.geojson}</dt>
        <dd>{t.geojsonNote}</dd>
      </dl>
    </div>
  );
}
