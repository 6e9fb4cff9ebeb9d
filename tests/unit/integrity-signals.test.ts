import { assessSignals, countSignals, flaggedSignals } from '../../src/domain/integrity/assess';
import { packageStandings } from '../../src/domain/integrity/package-standing';
import { SIGNALS, type SignalSlug, type SignalState } from '../../src/domain/integrity/signals';
import type { Project } from '../../src/domain/project/types';
import { percentAgainst, signalReason } from '../../src/components/labels/signal-labels';
import { readPackage } from '../../src/domain/dataset/read-package';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';

/** An index row with only what the rules read set; each case overrides a few fields. */
function row(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p',
    title: 'Uji',
    category: 'jalan',
    bidang: 'bm-peningkatan',
    status: 'pelaksanaan',
    regionSource: 'none',
    fundingSources: [],
    progress: { late: false, hasProgressData: false },
    ...overrides,
  };
}

const stateOf = (project: Project, slug: SignalSlug): SignalState =>
  assessSignals(project).find((s) => s.slug === slug)!.state;

type Case = [string, Partial<Project>, SignalState];

const boundaries: Record<SignalSlug, Case[]> = {
  'satu-penawar': [
    ['open, 1 tenderer', { procurementCode: 'open', tenderers: 1 }, 'flagged'],
    ['open, 2 tenderers', { procurementCode: 'open', tenderers: 2 }, 'clear'],
    ['open, 0 tenderers (failed)', { procurementCode: 'open', tenderers: 0 }, 'clear'],
    ['limited, 1 tenderer: by design', { procurementCode: 'limited', tenderers: 1 }, 'clear'],
    ['open, count not published', { procurementCode: 'open' }, 'unknown'],
    ['no method', { tenderers: 1 }, 'unknown'],
  ],
  'dekat-hps': [
    ['exactly 99 %', { contractValue: 990, hps: 1000 }, 'flagged'],
    ['just below 99 %', { contractValue: 989.99, hps: 1000 }, 'clear'],
    ['above HPS', { contractValue: 1010, hps: 1000 }, 'flagged'],
    ['no HPS', { contractValue: 990 }, 'unknown'],
    ['HPS zero', { contractValue: 990, hps: 0 }, 'unknown'],
    ['negative contract value', { contractValue: -5, hps: 1000 }, 'unknown'],
    ['no contract', { hps: 1000 }, 'unknown'],
  ],
  'jauh-di-bawah-hps': [
    ['just below 80 %', { contractValue: 799.99, hps: 1000 }, 'flagged'],
    ['exactly 80 %', { contractValue: 800, hps: 1000 }, 'clear'],
    ['no HPS', { contractValue: 700 }, 'unknown'],
  ],
  'nilai-naik': [
    ['10 % up exactly', { contractValue: 1000, latestValue: 1100 }, 'clear'],
    ['just over 10 % up', { contractValue: 1000, latestValue: 1100.01 }, 'flagged'],
    ['no change published', { contractValue: 1000 }, 'clear'],
    ['value went down', { contractValue: 1000, latestValue: 800 }, 'clear'],
    ['no contract value', { latestValue: 1200 }, 'unknown'],
  ],
  perpanjangan: [
    ['one extension', { contractEnd: '2023-10-01', durationChanges: 1 }, 'clear'],
    ['two extensions', { contractEnd: '2023-10-01', durationChanges: 2 }, 'flagged'],
    ['finished on the end date', { contractEnd: '2023-10-01', completedOn: '2023-10-01' }, 'clear'],
    ['finished a day late', { contractEnd: '2023-10-01', completedOn: '2023-10-02' }, 'flagged'],
    ['no contract end', { durationChanges: 3 }, 'unknown'],
  ],
  'bayar-mendahului': [
    [
      '10 points ahead',
      { progress: { late: false, hasProgressData: true, actual: 40, financialPercent: 50 } },
      'clear',
    ],
    [
      '10.01 points ahead',
      { progress: { late: false, hasProgressData: true, actual: 40, financialPercent: 50.01 } },
      'flagged',
    ],
    [
      'paid behind the work',
      { progress: { late: false, hasProgressData: true, actual: 60, financialPercent: 30 } },
      'clear',
    ],
    ['no financial progress', { progress: { late: false, hasProgressData: true, actual: 40 } }, 'unknown'],
  ],
  'penyedia-dominan': [
    [
      '4 contracts, 14.99 %',
      { contractor: 'CV A', standing: { supplierContracts: 4, supplierShare: 0.1499 } },
      'clear',
    ],
    [
      '5 contracts',
      { contractor: 'CV A', standing: { supplierContracts: 5, supplierShare: 0.01 } },
      'flagged',
    ],
    [
      'exactly 15 %',
      { contractor: 'CV A', standing: { supplierContracts: 1, supplierShare: 0.15 } },
      'flagged',
    ],
    ['no contractor', { standing: { supplierContracts: 5 } }, 'unknown'],
  ],
  'nilai-kembar': [
    [
      'a twin',
      { contractor: 'CV A', contractValue: 5, standing: { supplierContracts: 1, twins: 1 } },
      'flagged',
    ],
    [
      'no twin',
      { contractor: 'CV A', contractValue: 5, standing: { supplierContracts: 1, twins: 0 } },
      'clear',
    ],
    ['no contract value', { contractor: 'CV A', standing: { supplierContracts: 1 } }, 'unknown'],
  ],
};

describe.each(SIGNALS)('signal %s at its thresholds', (slug) => {
  it.each(boundaries[slug])('%s', (_name, overrides, expected) => {
    expect(stateOf(row(overrides), slug)).toBe(expected);
  });
});

describe('packageStandings', () => {
  it('counts contracts and value share per contractor, however the name is spaced or cased', () => {
    const standings = packageStandings([
      { contractor: 'CV Maju', contractValue: 600 },
      { contractor: ' cv  MAJU ', contractValue: 200 },
      { contractor: 'PT Lain', contractValue: 200 },
      { contractor: 'CV Maju' },
      { contractValue: 1000 },
    ]);
    // Total contract value is every project's, with or without a named contractor: 2000.
    expect(standings[0]).toEqual({ supplierContracts: 3, supplierShare: 0.4, twins: 0 });
    // CV Maju's 200 and PT Lain's 200: the same value, different contractors.
    expect(standings[1]).toEqual({ supplierContracts: 3, supplierShare: 0.4, twins: 1 });
    expect(standings[2]).toEqual({ supplierContracts: 1, supplierShare: 0.1, twins: 1 });
    expect(standings[3]).toEqual({ supplierContracts: 3 });
    expect(standings[4]).toBeUndefined();
  });

  it('finds twins only across different contractors', () => {
    const [a, b, c] = packageStandings([
      { contractor: 'A', contractValue: 7 },
      { contractor: 'A', contractValue: 7 },
      { contractor: 'B', contractValue: 8 },
    ]);
    expect([a!.twins, b!.twins, c!.twins]).toEqual([0, 0, 0]);
  });
});

it('reads every field a rule needs from an OC4IDS package', () => {
  const base = makeProject();
  const cp = (base.contractingProcesses as Record<string, unknown>[])[0]!;
  const summary = cp.summary as Record<string, unknown>;
  const one = makeProject({
    id: 'a',
    completion: { endDate: '2023-11-02T00:00:00Z' },
    contractingProcesses: [
      {
        ...cp,
        summary: {
          ...summary,
          tender: { ...(summary.tender as object), numberOfTenderers: 1 },
          finalValue: { amount: 1_000_000_000, currency: 'IDR' },
          modifications: [
            {
              id: '1',
              type: 'duration',
              oldContractPeriod: { endDate: '2023-10-01' },
              newContractPeriod: { endDate: '2023-10-15' },
            },
            {
              id: '2',
              type: 'duration',
              oldContractPeriod: { endDate: '2023-10-15' },
              newContractPeriod: { endDate: '2023-10-28' },
            },
          ],
        },
      },
    ],
  });
  const twin = makeProject({ id: 'b' });
  const { projects } = readPackage(makePackage([one, twin]), { sourceUrl: 'x', fallbackAsOf: '2023-12-29' });
  const flagged = flaggedSignals(projects[0]!).map((s) => s.slug);
  expect(projects[0]).toMatchObject({
    procurementCode: 'open',
    tenderers: 1,
    latestValue: 1_000_000_000,
    durationChanges: 2,
    completedOn: '2023-11-02',
  });
  // Same contractor on both: same value is no twin; one contractor holding all: dominant.
  expect(flagged).toEqual(['satu-penawar', 'nilai-naik', 'perpanjangan', 'penyedia-dominan']);
});

it('counts flagged, clear and unknown so that they add up to every project', () => {
  const projects = [
    row({ procurementCode: 'open', tenderers: 1 }),
    row(),
    row({ procurementCode: 'direct' }),
  ];
  const counts = countSignals(projects);
  expect(counts.map((c) => c.slug)).toEqual([...SIGNALS]);
  for (const c of counts) expect(c.flagged + c.clear + c.unknown).toBe(3);
  expect(counts[0]).toMatchObject({ flagged: 1, clear: 1, unknown: 1 });
});

describe('reasons', () => {
  it('never rounds onto the threshold', () => {
    expect(percentAgainst(98.96, 99, 'id')).toBe('98,96 %');
    expect(percentAgainst(99.6, 99, 'id')).toBe('99,6 %');
    expect(percentAgainst(99, 99, 'id')).toBe('99 %');
  });

  it('names the numbers the rule read', () => {
    const near = assessSignals(row({ contractValue: 996, hps: 1000 }))[1]!;
    expect(signalReason(near, 'id')).toBe('nilai kontrak 99,6 % dari HPS');
    const one = assessSignals(row({ procurementCode: 'open', tenderers: 1 }))[0]!;
    expect(signalReason(one, 'id')).toBe('1 penawar');
    expect(signalReason(assessSignals(row())[0]!, 'id')).toMatch(/tidak dicantumkan/);
  });
});
