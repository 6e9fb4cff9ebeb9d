import { describe, expect, it } from 'vitest';
import { assessKritis } from '../../src/domain/progress/kritis';

const past = { runsPastFiscalYear: true };
const within = { runsPastFiscalYear: false };

describe('indikasi kontrak kritis (SSUK rule)', () => {
  it.each([
    // period I: plan 0–70 %, kritis only when the lag is MORE than 10 points
    { planned: 50, actual: 40, ...within, kritis: false, period: 'I', why: 'lag exactly 10' },
    { planned: 50, actual: 39.99, ...within, kritis: true, period: 'I', why: 'lag 10.01' },
    {
      planned: 70,
      actual: 60,
      ...within,
      kritis: false,
      period: 'I',
      why: 'plan exactly 70 is period I, lag 10',
    },
    { planned: 70, actual: 59.9, ...within, kritis: true, period: 'I', why: 'plan exactly 70, lag 10.1' },
    { planned: 70, actual: 62, ...past, kritis: false, period: 'I', why: 'period I ignores the fiscal year' },
    { planned: 0, actual: 0, ...within, kritis: false, period: 'I', why: 'not started' },
    { planned: 30, actual: 45, ...within, kritis: false, period: 'I', why: 'ahead' },
    // period II: plan above 70 %
    { planned: 70.01, actual: 65.01, ...within, kritis: false, period: 'II', why: 'lag exactly 5' },
    { planned: 80, actual: 74.99, ...within, kritis: true, period: 'II', why: 'lag 5.01' },
    { planned: 80, actual: 79, ...within, kritis: false, period: 'II', why: 'small lag within the year' },
    { planned: 80, actual: 79, ...past, kritis: true, period: 'II', why: 'small lag past the fiscal year' },
    { planned: 80, actual: 80, ...past, kritis: false, period: 'II', why: 'no lag past the fiscal year' },
    { planned: 100, actual: 95, ...within, kritis: false, period: 'II', why: 'lag exactly 5 at the end' },
  ])('$why', ({ planned, actual, runsPastFiscalYear, kritis, period }) => {
    const result = assessKritis({ planned, actual, runsPastFiscalYear });
    expect(result.kritis).toBe(kritis);
    expect(result.period).toBe(period);
    expect(result.deviation).toBeCloseTo(actual - planned, 2);
  });

  it('does not let floating-point noise push an exact 10-point lag over the line', () => {
    expect(assessKritis({ planned: 0.1 + 0.2 + 59.7, actual: 50, runsPastFiscalYear: false }).kritis).toBe(
      false,
    );
  });

  it('names the reason', () => {
    expect(assessKritis({ planned: 40, actual: 20, runsPastFiscalYear: false }).reason).toBe('period-i-lag');
    expect(assessKritis({ planned: 90, actual: 80, runsPastFiscalYear: false }).reason).toBe('period-ii-lag');
    expect(assessKritis({ planned: 90, actual: 89, runsPastFiscalYear: true }).reason).toBe(
      'period-ii-past-fiscal-year',
    );
  });
});
