import type { Project } from '../../domain/project/types';
import { slugify } from '../../domain/text/slug';
import { compareNames } from '../../domain/text/compare';

export interface SourceOption {
  slug: string;
  name: string;
}

/** Funding sources present in the data, by slug (the `sumber` URL value), named as published. */
export function fundingSourceOptions(projects: readonly Project[]): SourceOption[] {
  const bySlug = new Map<string, string>();
  for (const project of projects) {
    for (const source of project.fundingSources) {
      const slug = slugify(source.name);
      if (slug && !bySlug.has(slug)) bySlug.set(slug, source.name);
    }
  }
  return [...bySlug].map(([slug, name]) => ({ slug, name })).sort((a, b) => compareNames(a.name, b.name));
}
