import { parsePackage, parseProject } from '../oc4ids/schema';
import type { BoundaryIndex } from '../geo/boundaries';
import { mapProject } from '../project/map-project';
import { isoDay } from '../project/progress-series';
import type { Dataset, RejectedProject } from './types';
import type { ProjectDetail } from '../project/types';
import { DataError } from './data-error';
import { packageStandings } from '../integrity/package-standing';
import { chooseAsOf } from './as-of';

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string[] {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(proyek)'}: ${issue.message}`);
}

function peekText(raw: unknown, key: 'id' | 'title'): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 200) : undefined;
}

export interface ReadOptions {
  boundaries?: BoundaryIndex;
  /** Where the package came from, shown as the source of every figure. */
  sourceUrl: string;
  /** The day the package is read: its as-of date only when it carries no date at all. */
  fallbackAsOf: string;
}

/**
 * Reads an OC4IDS project package. The envelope must be a package; each project is checked on its
 * own, so an invalid or duplicate project is listed in `rejected` and the rest are still shown.
 */
export function readPackage(
  json: unknown,
  { boundaries, sourceUrl, fallbackAsOf }: ReadOptions,
): Dataset<ProjectDetail> {
  const envelope = parsePackage(json);
  if (!envelope.success)
    throw new DataError('not-a-package', describeIssues(envelope.error.issues).join('; '));
  const pkg = envelope.data;
  const rejected: RejectedProject[] = [];
  const seen = new Set<string>();
  const valid = pkg.projects.flatMap((raw, index) => {
    const parsed = parseProject(raw);
    if (!parsed.success) {
      rejected.push({
        index,
        id: peekText(raw, 'id'),
        title: peekText(raw, 'title'),
        reasons: describeIssues(parsed.error.issues),
      });
      return [];
    }
    if (seen.has(parsed.data.id)) {
      rejected.push({ index, id: parsed.data.id, title: peekText(raw, 'title'), reasons: ['id: duplicate'] });
      return [];
    }
    seen.add(parsed.data.id);
    return [parsed.data];
  });
  // Progress is judged at the as-of date, which may come from the projects' own records: read
  // them all before mapping any.
  const { asOf, asOfSource } = chooseAsOf(isoDay(pkg.publishedDate), valid, fallbackAsOf);
  const mapped = valid.map((project) => mapProject(project, { asOf, boundaries }));
  // Signals that compare projects judge each one against the whole package, read once here.
  const standings = packageStandings(mapped);
  const projects = mapped.map((project, i) => ({ ...project, standing: standings[i] }));
  return {
    projects,
    rejected,
    meta: {
      publisher: pkg.publisher?.name ?? undefined,
      publishedDate: isoDay(pkg.publishedDate),
      asOf,
      asOfSource,
      isSample: pkg.x_sample === true,
      license: pkg.license ?? undefined,
      version: pkg.version ?? undefined,
      uri: pkg.uri ?? undefined,
      sourceUrl,
    },
  };
}
