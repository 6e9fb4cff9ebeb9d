import type { KurvaS } from '../../domain/aggregate/kurva-s';
import { useProgrammeKurvaS } from '../../api/use-programme-kurva-s';
import type { ChartProps } from './chart-props';
import { KurvaSProgrammeView } from './kurva-s-programme-view';
import { AppChartChrome } from '../../components/chart-card/app-chrome';

const NO_CURVE: KurvaS = { points: [], packages: 0, weight: 0 };

/**
 * The programme kurva S of the app: published for all projects, summed from the weekly curves
 * (fetched the first time) for a filtered set.
 */
export function KurvaSProgrammeChart({ projects, ...card }: ChartProps) {
  const programme = useProgrammeKurvaS(projects);
  return (
    <AppChartChrome>
      <KurvaSProgrammeView
        {...card}
        data={programme.state === 'ready' ? programme.curve : NO_CURVE}
        state={programme.state}
        onRetry={programme.state === 'error' ? programme.retry : undefined}
      />
    </AppChartChrome>
  );
}
