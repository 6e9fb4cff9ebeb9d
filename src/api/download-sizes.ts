import { useQuery } from '@tanstack/react-query';
import { decodeDownloadSizes, type DownloadSizes } from '../domain/publish/download-sizes';
import { besideIndex, PUBLISHED_FILES } from '../domain/publish/published-files';
import type { LoadedDataset } from './dataset-queries';
import { fetchText } from './http';

/**
 * The published folder's unduhan.json: what each download weighs. Only a published folder has
 * one; a missing, failing or malformed file gives undefined, and /data shows no sizes, not an error.
 */
export function useDownloadSizes(dataset: LoadedDataset): DownloadSizes | undefined {
  const { source } = dataset;
  const url =
    source.kind === 'published' ? besideIndex(source.indexUrl, PUBLISHED_FILES.downloadSizes) : undefined;
  const { data } = useQuery({
    queryKey: ['ukuran-unduhan', url],
    queryFn: async ({ signal }) => decodeDownloadSizes(JSON.parse(await fetchText(url!, signal))) ?? null,
    enabled: url !== undefined,
    staleTime: Infinity,
    retry: false,
  });
  return data ?? undefined;
}
