import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetByBidang, budgetByKecamatan, budgetByStatus } from '../../src/domain/aggregate/breakdowns';
import { mostDelayed } from '../../src/domain/aggregate/delayed';
import { fisikKeuanganByBidang } from '../../src/domain/aggregate/fisik-keuangan';
import { budgetByFunding } from '../../src/domain/aggregate/funding';
import { headlineFigures } from '../../src/domain/aggregate/headline';
import { programmeKurvaS } from '../../src/domain/aggregate/kurva-s';
import { decodeIndex } from '../../src/domain/publish/index-file';
import { PUBLISHED_FILES } from '../../src/domain/publish/published-files';
import { decodeSeries } from '../../src/domain/publish/series-file';

const readJson = (folder: string, name: string): unknown =>
  JSON.parse(readFileSync(join(folder, name), 'utf8'));

/**
 * Median ms, in Node, for everything /statistik computes from a published folder (headline figures
 * and the data of all seven charts), from the very files the page reads (index.json, and
 * kurva-s.json for a filtered kurva S): the charts' own script cost, apart from downloading,
 * decoding and drawing.
 */
export function timeStatisticsAggregates(folder: string, runs = 7): number {
  const { projects } = decodeIndex(readJson(folder, PUBLISHED_FILES.index), 'bench');
  const series = decodeSeries(readJson(folder, PUBLISHED_FILES.series));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    headlineFigures(projects);
    budgetByKecamatan(projects);
    budgetByBidang(projects);
    budgetByStatus(projects);
    budgetByFunding(projects);
    fisikKeuanganByBidang(projects);
    programmeKurvaS([...projects], series);
    mostDelayed(projects, 10);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
