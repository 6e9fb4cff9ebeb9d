import { kecamatanBySlugName } from '../geo/regions';
import type { Project } from '../project/types';
import { slugify } from '../text/slug';
import type { CaptionNames } from './filter-caption';
import type { Filters } from './filters';

/** The names of the filter's slugs as the data spells them, for a caption (filterCaption). */
export function captionNames(filters: Filters, projects: readonly Project[]): CaptionNames {
  const sumber = filters.sumber
    ? projects.flatMap((p) => p.fundingSources).find((s) => slugify(s.name) === filters.sumber)?.name
    : undefined;
  return {
    ...(filters.kecamatan && { kecamatan: kecamatanBySlugName(filters.kecamatan)?.name }),
    ...(sumber && { sumber }),
  };
}
