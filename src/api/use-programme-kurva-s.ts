import { useContext, useMemo } from 'react';
import type { Project } from '../domain/project/types';
import { programmeKurvaS, type KurvaS } from '../domain/aggregate/kurva-s';
import { DatasetContext } from './programme-curve';
import { useKurvaSSeries } from './series-query';

const NO_CURVE: KurvaS = { points: [], packages: 0, weight: 0 };

export type ProgrammeCurve =
  | { state: 'ready'; curve: KurvaS }
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void };

/**
 * The programme kurva S of `projects`. For every project of the dataset it was computed when the
 * data was published; for a filtered set it is summed from the weekly curves, which are fetched
 * the first time a filtered curve is drawn.
 */
export function useProgrammeKurvaS(projects: readonly Project[]): ProgrammeCurve {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('useProgrammeKurvaS() needs a <ProgrammeCurveProvider> above it');
  const everything = projects === dataset.projects;
  // Nothing to sum: no need to fetch the weekly curves to draw an empty chart.
  const nothing = projects.length === 0;
  const series = useKurvaSSeries(dataset, !everything && !nothing);
  const curve = useMemo(
    () =>
      everything
        ? dataset.kurvaS
        : nothing
          ? NO_CURVE
          : series.data && programmeKurvaS(projects, series.data),
    [everything, nothing, dataset.kurvaS, projects, series.data],
  );
  if (curve) return { state: 'ready', curve };
  if (series.error) return { state: 'error', error: series.error, retry: () => void series.refetch() };
  return { state: 'loading' };
}
