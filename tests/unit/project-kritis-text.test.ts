import { describe, expect, it } from 'vitest';
import { describeKritis } from '../../src/features/project/kritis/kritis-text';
import type { Project } from '../../src/domain/project/types';
import type { ProgressSummary } from '../../src/domain/progress/project-progress';

const project = (progress: Partial<ProgressSummary>, status: Project['status'] = 'pelaksanaan') =>
  ({ status, progress: { late: false, hasProgressData: true, ...progress } }) as Project;

describe('indikasi kritis in plain words', () => {
  it('explains a period I lag with the numbers and the 10-point limit', () => {
    const text = describeKritis(
      project({
        reportDate: '2023-12-29',
        planned: 70,
        actual: 59.75,
        kritis: { kritis: true, period: 'I', deviation: -10.25, reason: 'period-i-lag' },
      }),
      '2023-12-29',
      'id',
    );
    expect(text.state).toBe('kritis');
    expect(text.label).toBe('Indikasi kritis');
    expect(text.explanation).toContain('rencana 70 %, realisasi 59,75 %, tertinggal 10,25 poin');
    expect(text.explanation).toContain('batasnya 10 poin');
    expect(text.explanation).toContain('lebih dari 10 poin');
  });
  it('explains the fiscal-year case of period II', () => {
    const text = describeKritis(
      project({
        reportDate: '2023-12-29',
        planned: 85.5,
        actual: 80.5,
        kritis: { kritis: true, period: 'II', deviation: -5, reason: 'period-ii-past-fiscal-year' },
      }),
      '2023-12-29',
      'id',
    );
    expect(text.explanation).toContain('melewati 31 Desember');
  });
  it('says why nothing is assessed', () => {
    expect(describeKritis(project({}, 'selesai'), '2023-12-29', 'id').explanation).toContain(
      'status proyek ini: Selesai',
    );
    expect(describeKritis(project({ hasProgressData: false }), '2023-12-29', 'id').state).toBe(
      'tidak-dinilai',
    );
    expect(describeKritis(project({}), '2023-12-29', 'en').explanation).toContain(
      'No actual progress reported',
    );
  });
  it('says when the work is within the limit or ahead', () => {
    const ahead = describeKritis(
      project({
        reportDate: '2023-10-01',
        planned: 30,
        actual: 35,
        kritis: { kritis: false, period: 'I', deviation: 5 },
      }),
      '2023-12-29',
      'id',
    );
    expect(ahead.state).toBe('aman');
    expect(ahead.explanation).toContain('lebih cepat 5 poin');
  });
});
