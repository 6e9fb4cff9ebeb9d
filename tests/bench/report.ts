import { pageBytes, type DataRequest } from './data-requests';
import type { HomeVisit } from './home-visit';
import type { PointResult } from './run-point';
import { count, kB, MB, median, ms, worst } from './stats';

const table = (head: string[], align: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${align.join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const runsOf = (r: PointResult) => (r.point.runs === 1 ? 'one load' : `median of ${r.home.length}`);
const projects = (r: PointResult) => `${count(r.data.projects)}${r.point.sample ? ' (sample)' : ''}`;

function dataTable(results: PointResult[]): string {
  const rows = results.map((r) => {
    const d = r.data;
    const published = r.point.path === 'published';
    return [
      projects(r),
      r.point.path,
      MB(d.packageBytes),
      published ? kB(d.indexBytes ?? NaN) : '–',
      published ? kB(d.indexGzipBytes ?? NaN) : '–',
      published ? ms((d.indexGzipBytes ?? NaN) / d.projects) : '–',
      published ? kB(d.projectFileBytes ?? NaN) : '–',
      r.point.sample
        ? 'the build'
        : `${(d.seconds.generate + d.seconds.write).toFixed(0)} s (${d.publishedBy ?? 'raw'})`,
    ];
  });
  return table(
    [
      'projects',
      'path',
      'package',
      'index.json',
      'index.json gzip',
      'B/project (gzip)',
      'project file (mean)',
      'made in',
    ],
    ['---:', '---', '---:', '---:', '---:', '---:', '---:', '---'],
    rows,
  );
}

function renderRow(r: PointResult, label: string, visits: HomeVisit[], sample: number): string[] {
  const listReady = median(visits.map((v) => v.listReady));
  return [
    projects(r),
    label,
    kB(median(visits.map((v) => pageBytes(v.data)))),
    ms(listReady),
    ms(median(visits.map((v) => v.mapReady))),
    `${ms(median(visits.map((v) => v.longestTask)))} / ${ms(worst(visits.map((v) => v.longestTask)))}`,
    Number.isFinite(listReady / sample) ? `${(listReady / sample).toFixed(2)}×` : '–',
  ];
}

function renderTable(results: PointResult[], sample: number): string {
  const rows: string[][] = [];
  for (const r of results) {
    const first = r.point.path === 'raw' ? 'raw, first visit' : 'published';
    rows.push(renderRow(r, `${first} (${runsOf(r)})`, r.home, sample));
    if (r.point.secondVisit)
      rows.push(renderRow(r, `raw, second visit, same profile (${runsOf(r)})`, r.secondVisit, sample));
  }
  return table(
    [
      'projects',
      'data',
      'page downloaded from /data/',
      'list + count shown',
      'map drawn',
      'longest task before the count (median / worst)',
      '× sample',
    ],
    ['---:', '---', '---:', '---:', '---:', '---:', '---:'],
    rows,
  );
}

function statisticsTable(results: PointResult[]): string {
  const rows = results
    .filter((r) => r.point.path === 'published')
    .map((r) => [
      projects(r),
      ms(median(r.statistics.map((s) => s.chartsReady))),
      ms(median(r.statistics.map((s) => s.script))),
      ms(r.aggregates),
    ]);
  return table(
    ['projects', 'charts drawn (from navigation)', 'script during the load', 'aggregation only (Node)'],
    ['---:', '---:', '---:', '---:'],
    rows,
  );
}

function filterTable(results: PointResult[]): string {
  const rows: string[][] = [];
  for (const r of results.filter((p) => p.point.path === 'published')) {
    const names = [...new Set(r.home.flatMap((v) => v.steps.map((s) => s.name)))];
    for (const name of names) {
      const steps = r.home.flatMap((v) => v.steps.filter((s) => s.name === name));
      const col = (pick: (s: (typeof steps)[number]) => number) => ms(median(steps.map(pick)));
      rows.push([
        projects(r),
        name,
        col((s) => s.applyFilters),
        col((s) => s.toCount),
        col((s) => s.toFrame),
        col((s) => s.script),
      ]);
    }
  }
  return table(
    [
      'projects',
      'step',
      'applyFilters script',
      'input → count updated',
      'input → next frame',
      'all script in step',
    ],
    ['---:', '---', '---:', '---:', '---:', '---:'],
    rows,
  );
}

const listRequests = (requests: readonly DataRequest[]) =>
  requests.length
    ? requests
        .map(
          (q) =>
            `${q.path.split('/').pop()} ${q.status}${q.viaServiceWorker ? ' via service worker' : ''} ${kB(q.bytes)}`,
        )
        .join(', ')
    : 'none';

function projectTable(results: PointResult[]): string {
  const rows = results.map((r) => {
    const visit = r.project;
    if (!visit) return [projects(r), r.point.path, '–', '–', '–', '–'];
    const own = visit.data.filter((q) => q.by === 'page');
    const worker = visit.data.filter((q) => q.by === 'service worker');
    return [
      projects(r),
      r.point.path,
      ms(visit.shown),
      `${own.length}: ${listRequests(own)}`,
      kB(pageBytes(visit.data)),
      listRequests(worker),
    ];
  });
  return table(
    [
      'projects',
      'data',
      'title shown',
      'page data requests',
      'page data bytes',
      'service worker after load (install)',
    ],
    ['---:', '---', '---:', '---', '---:', '---'],
    rows,
  );
}

/** The tables, in markdown, ready for the README's "Measured figures". */
export function printTables(results: PointResult[]): void {
  const sample = median(results.find((r) => r.point.sample)?.home.map((v) => v.listReady) ?? []);
  console.log('\n*Data* (generated packages of about 10 kB per project, weekly progress included):\n');
  console.log(dataTable(results));
  console.log(
    '\n*First render of `/`* (ms from navigation start; bytes on the wire, compressed as served):\n',
  );
  console.log(renderTable(results, sample));
  console.log('\n*`/statistik`*, all seven charts drawn, scrolling to each (ms):\n');
  console.log(statisticsTable(results));
  console.log('\n*Filter latency on `/`* (ms, medians; "applyFilters script" is the filtering itself):\n');
  console.log(filterTable(results));
  console.log(
    '\n*A shared `/proyek/<first id>` link in a fresh profile* (requests to /data/; ms from navigation):\n',
  );
  console.log(projectTable(results));
}
