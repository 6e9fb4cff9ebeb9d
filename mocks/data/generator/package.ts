/**
 * generatePackage({ seed, count }): the whole OC4IDS project package, in memory. Deterministic: the same
 * seed and count always give deep-equal output (no clock, no Math.random). The default (seed 2023,
 * count 160) is the committed mocks/data/sample-package.json.
 */
import { AS_OF, toIso } from './dates';
import { adjustTimelines, planSignals } from './integrity';
import { placeGeometry } from './location';
import { createRng } from './prng';
import { buildProgramme, DEFAULT_COUNT } from './programme';
import { buildProject, projectId } from './project';
import { buildTimeline, type Timeline } from './timeline';
import type { PackageSpec } from './types';
import { loadWilayah } from './wilayah';

export const DEFAULT_SEED = 2023;
export { DEFAULT_COUNT };

export interface GenerateOptions {
  seed?: number;
  count?: number;
}

export interface GeneratedProject {
  spec: PackageSpec;
  timeline: Timeline | null;
  project: Record<string, unknown>;
}

/** Specs, timelines and projects side by side (tests and the CLI summary use the specs). */
export function generateDetailed({
  seed = DEFAULT_SEED,
  count = DEFAULT_COUNT,
}: GenerateOptions = {}): GeneratedProject[] {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`count must be a positive integer, got ${count}`);
  const w = loadWilayah();
  const rng = createRng(seed);
  const specs = buildProgramme(rng.fork('programme'), w, count);
  // The integrity signals have a stream of their own, so choosing them moves no other value.
  const integrity = rng.fork('integrity');
  const choices = planSignals(integrity, specs);
  const width = Math.max(4, String(count).length);
  const staged = specs.map((spec) => {
    // One stream per project: changing one project's draws never shifts another project's values.
    const prng = rng.fork(`project-${spec.seq}`);
    const timeline = buildTimeline(prng, spec);
    return { spec, prng, timeline, geometry: placeGeometry(prng, spec, w) };
  });
  adjustTimelines(integrity, staged, choices);
  return staged.map(({ spec, prng, timeline, geometry }) => ({
    spec,
    timeline,
    project: buildProject(prng, spec, timeline, geometry, w, projectId(spec.seq, width)),
  }));
}

export function generatePackage(options: GenerateOptions = {}): Record<string, unknown> {
  const projects = generateDetailed(options).map((p) => p.project);
  return {
    version: '0.9',
    uri: 'https://contoh.invalid/pantaubangun/oc4ids/sample-package-2023.json',
    publishedDate: toIso(AS_OF),
    publisher: { name: 'PantauBangun — DATA CONTOH (bukan data resmi)' },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    publicationPolicy: 'https://contoh.invalid/pantaubangun/kebijakan-publikasi',
    x_sample: true,
    projects,
  };
}
