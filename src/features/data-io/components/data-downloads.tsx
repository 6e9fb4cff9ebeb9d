import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { detailsQuery, type LoadedDataset } from '../../../api/dataset-queries';
import { useDownloadSizes } from '../../../api/download-sizes';
import { formatFileSize } from '../../../domain/format/file-size';
import { estimateEachFormat, type DownloadSizes } from '../../../domain/publish/download-sizes';
import { useLanguage } from '../../../lib/i18n/language';
import { isFilterEmpty, type Filters } from '../../../domain/filters/filters';
import type { Project } from '../../../domain/project/types';
import { useMessages } from '../../../lib/i18n/messages';
import { dataMessages } from '../data-messages';
import { downloadProjects, type ExportFormat } from '../utils/exports';
import { SPREADSHEET_LABELS } from '../utils/export-labels';

const FORMATS: ExportFormat[] = ['oc4ids', 'csv', 'xlsx', 'geojson'];

type SizeTexts = Partial<Record<ExportFormat, string>>;

/**
 * "sekitar 48 kB" for each format of these projects, when the published folder says what each
 * file weighs: one pass over the projects when they change, not one per button and render.
 */
function useSizeTexts(sizes: DownloadSizes | undefined, projects: readonly Project[]): SizeTexts {
  const t = useMessages(dataMessages);
  const { locale } = useLanguage();
  return useMemo(() => {
    if (!sizes || projects.length === 0) return {};
    const bytes = estimateEachFormat(
      sizes,
      projects.map((p) => p.id),
    );
    const texts: SizeTexts = {};
    for (const format of FORMATS) {
      const size = bytes[format];
      if (size !== undefined) texts[format] = t.aboutSize(formatFileSize(size, locale));
    }
    return texts;
  }, [sizes, projects, t, locale]);
}

interface DownloadButtonProps {
  testId: string;
  label: string;
  size?: string;
  busy: boolean;
  disabled: boolean;
  onClick: () => void;
}

function DownloadButton({ testId, label, size, busy, disabled, onClick }: DownloadButtonProps) {
  return (
    <button
      type="button"
      className="button"
      data-testid={`unduh-${testId}`}
      disabled={disabled}
      aria-busy={busy || undefined}
      onClick={onClick}
    >
      {label}
      {size && (
        <span className="data-downloads__size" data-testid={`ukuran-${testId}`}>
          {size}
        </span>
      )}
    </button>
  );
}

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
  const filteredSizes = useSizeTexts(sizes, filtered);
  const allSizes = useSizeTexts(sizes, all);
  const scopes = [
    { key: 'saringan', title: t.filteredTitle, projects: filtered, filters, sizes: filteredSizes },
    { key: 'semua', title: t.allTitle, projects: all, filters: {}, sizes: allSizes },
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
                <DownloadButton
                  testId={`${scope.key}-${format}`}
                  label={preparing === `${scope.key}-${format}` ? t.preparing : t[format]}
                  size={scope.sizes[format]}
                  busy={preparing === `${scope.key}-${format}`}
                  disabled={scope.projects.length === 0 || preparing !== undefined}
                  onClick={() => void download(scope.key, format, scope.projects, scope.filters)}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
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
