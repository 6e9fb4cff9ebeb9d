import { budgetByBidang, budgetByKecamatan, budgetByStatus } from '../../src/domain/aggregate/breakdowns';
import { mostDelayed } from '../../src/domain/aggregate/delayed';
import { fisikKeuanganByBidang } from '../../src/domain/aggregate/fisik-keuangan';
import { budgetByFunding } from '../../src/domain/aggregate/funding';
import { headlineFigures } from '../../src/domain/aggregate/headline';
import { kurvaSSeries, programmeKurvaS } from '../../src/domain/aggregate/kurva-s';
import { readPackage } from '../../src/domain/dataset/read-package';

/**
 * Median ms, in Node, for everything /statistik computes from the projects (headline figures and
 * the data of all seven charts): the charts' own script cost, apart from downloading and parsing.
 */
export function timeStatisticsAggregates(pkg: unknown, runs = 7): number {
  const { projects, meta } = readPackage(pkg, { sourceUrl: 'bench', fallbackAsOf: '2023-12-29' });
  // The weekly curves are made once when the data is published; the page sums them per filter.
  const series = kurvaSSeries(projects, meta.asOf);
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
