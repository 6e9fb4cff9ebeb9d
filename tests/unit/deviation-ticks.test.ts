import { expect, it } from 'vitest';
import { deviationTicks } from '../../src/domain/progress/deviation-ticks';

it.each([
  [-12, 5, [-15, -10, -5, 0, 5]],
  [-17.3, 5, [-20, -10, 0, 10]],
  [-42, 3, [-50, -40, -30, -20, -10, 0, 10]],
  [-2, 1, [-5, 0, 5]],
  [-90, 5, [-100, -80, -60, -40, -20, 0, 20]],
])('%s..%s gives round ticks through 0', (low, high, ticks) => {
  const axis = deviationTicks(low, high);
  expect(axis.ticks).toEqual(ticks);
  expect(axis.domain).toEqual([ticks[0], ticks.at(-1)]);
  expect(axis.ticks).toContain(0);
  expect(axis.domain[0]).toBeLessThanOrEqual(low);
  expect(axis.domain[1]).toBeGreaterThanOrEqual(high);
});
