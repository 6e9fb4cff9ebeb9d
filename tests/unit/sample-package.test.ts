// @vitest-environment node
/**
 * The committed SAMPLE package (mocks/data/sample-package.json) against the official OC4IDS 0.9 schema
 * (copied into tests/fixtures/oc4ids-schema), plus the conventions of mocks/data/CONTRACT.md that the
 * generator promises: determinism, coverage of all 23 kecamatan, the announced budget split, geometry
 * inside its kecamatan, and the exact kritis boundary cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { generatePackage } from '../../mocks/data/generate';
import { pointInRingSimple, type Position, type Ring } from '../../mocks/data/generator/geometry';
import { BUDGET_TARGETS } from '../../mocks/data/generator/programme';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
const SAMPLE_PATH = 'mocks/data/sample-package.json';
const sampleText = readFileSync(SAMPLE_PATH, 'utf8');
const sample = JSON.parse(sampleText) as Json;
const projects = sample.projects as Json[];

function makeValidator() {
  // strict: false — the official schema carries OCDS annotation keywords (codelist, versionId, …).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readJson('tests/fixtures/oc4ids-schema/project-schema.json'));
  return ajv.compile(readJson('tests/fixtures/oc4ids-schema/project-package-schema.json'));
}
const validate = makeValidator();
const errorsOf = (): string =>
  JSON.stringify((validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`));

const kecamatan = readJson('mocks/data/geo/bekasi-kecamatan.geojson').features as Json[];
const ringsByCode = new Map<string, Ring[]>(
  kecamatan.map((f) => [f.properties.kode, f.geometry.coordinates]),
);
const inside = (p: Position, rings: Ring[]): boolean =>
  pointInRingSimple(p, rings[0] as Ring) && !rings.slice(1).some((h) => pointInRingSimple(p, h));
const classification = (p: Json, scheme: string): string | undefined =>
  (p.additionalClassifications as Json[]).find((c) => c.scheme === scheme)?.id;
const observationAt = (series: Json | undefined, date: string): number | undefined =>
  (series?.observations as Json[] | undefined)?.find((o) => o.period.endDate === date)?.measure;

describe('sample OC4IDS package', () => {
  it('validates against the official OC4IDS 0.9 package schema', () => {
    expect(validate(sample), errorsOf()).toBe(true);
  });

  it('is exactly what the generator produces (deterministic, committed file up to date)', () => {
    const a = generatePackage();
    expect(generatePackage()).toEqual(a);
    expect(`${JSON.stringify(a, null, 2)}\n`).toBe(sampleText);
  });

  it('is flagged as sample data', () => {
    expect(sample.x_sample).toBe(true);
    expect(sample.version).toBe('0.9');
    expect(sample.publisher.name).toContain('DATA CONTOH');
    for (const p of projects)
      for (const party of p.parties as Json[])
        if (party.roles.includes('supplier') || party.roles.includes('independentMonitor'))
          expect(party.name).toMatch(/\(fiktif\)$/);
  });

  it('has at least 150 projects with unique ids, covering all 23 kecamatan', () => {
    expect(projects.length).toBeGreaterThanOrEqual(150);
    expect(new Set(projects.map((p) => p.id)).size).toBe(projects.length);
    const kec = new Set(
      projects.flatMap((p) => (p.locations[0].gazetteer.identifiers as string[]).map((c) => c.slice(0, 8))),
    );
    expect(kec.size).toBe(23);
  });

  it('matches the announced 2023 budget split per bidang (within 0.5 %)', () => {
    const totals: Record<string, number> = {};
    for (const p of projects) {
      const key = classification(p, 'x_bidang') ?? 'perencanaan';
      totals[key] = (totals[key] ?? 0) + (p.budget.amount.amount as number);
    }
    for (const [bidang, target] of Object.entries(BUDGET_TARGETS))
      expect(Math.abs((totals[bidang] ?? 0) - target) / target, bidang).toBeLessThan(0.005);
    const all = Object.values(totals).reduce((a, b) => a + b, 0);
    expect(Math.abs(all - 571e9) / 571e9).toBeLessThan(0.005);
  });

  it('puts every Point and LineString vertex inside its kecamatan polygon', () => {
    let checked = 0;
    for (const p of projects)
      for (const loc of p.locations as Json[]) {
        if (!loc.geometry) continue;
        const code = (loc.gazetteer.identifiers[0] as string).slice(0, 8);
        const rings = ringsByCode.get(code);
        expect(rings, code).toBeDefined();
        const vertices: Position[] =
          loc.geometry.type === 'Point' ? [loc.geometry.coordinates] : loc.geometry.coordinates;
        for (const v of vertices) expect(inside(v, rings as Ring[]), `${p.id} ${v.join(',')}`).toBe(true);
        checked++;
      }
    expect(checked).toBeGreaterThan(120);
    expect(
      projects.filter((p) => !p.locations[0].geometry && classification(p, 'x_kategori') !== 'perencanaan')
        .length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('reports weekly progress on Fridays with at most 2 decimals', () => {
    for (const p of projects)
      for (const m of [...((p.forecasts as Json[]) ?? []), ...((p.metrics as Json[]) ?? [])])
        for (const o of m.observations as Json[]) {
          expect(new Date(o.period.endDate).getUTCDay()).toBe(5);
          expect(Math.round(o.measure * 100) / 100).toBe(o.measure);
        }
  });

  it('keeps the exact kritis boundary cases on 29 Dec 2023', () => {
    const date = '2023-12-29T00:00:00Z';
    const cases = projects
      .map((p) => ({
        plan:
          observationAt((p.forecasts as Json[] | undefined)?.[0], date) ?? (p.forecasts ? 100 : undefined),
        actual: observationAt(
          (p.metrics as Json[] | undefined)?.find((m) => m.id === 'physicalProgress'),
          date,
        ),
      }))
      .filter((c) => c.actual !== undefined);
    const has = (plan: number, actual: number): boolean =>
      cases.some((c) => c.plan === plan && c.actual === actual);
    expect(has(62.5, 52.5)).toBe(true); // deviation exactly −10 in period I
    expect(has(70, 60)).toBe(true); // plan exactly 70, deviation −10
    expect(has(70, 59.75)).toBe(true);
    expect(has(100, 95)).toBe(true); // deviation exactly −5 in period II
    expect(has(100, 94.75)).toBe(true);
    expect(has(85.5, 80.5)).toBe(true); // −5 but the contract runs into 2024
  });

  it('generates large packages that still validate (10,000 projects, a spread sample checked)', () => {
    const big = generatePackage({ count: 10_000, seed: 7 });
    const bigProjects = big.projects as Json[];
    expect(bigProjects).toHaveLength(10_000);
    expect(new Set(bigProjects.map((p) => p.id)).size).toBe(10_000);
    // Validating all 10k is slow (uniqueItems on projects is quadratic); every 25th project is enough.
    const subset = { ...big, projects: bigProjects.filter((_, i) => i % 25 === 0) };
    expect(validate(subset), errorsOf()).toBe(true);
  }, 60_000);
});
