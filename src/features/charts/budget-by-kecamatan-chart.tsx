import { useMemo } from 'react';
import { budgetByKecamatan } from '../../domain/aggregate/breakdowns';
import type { ChartProps } from './chart-props';
import { BudgetByKecamatanView } from './budget-by-kecamatan-view';
import { SortControl } from './sort-control';
import { AppChartChrome } from '../../components/chart-card/app-chrome';
import { useKecamatanSort } from './use-kecamatan-sort';

/** The kecamatan chart of the app: the filtered projects' data, in the order the address names. */
export function BudgetByKecamatanChart({ projects, actions, ...card }: ChartProps) {
  const [sort, setSort] = useKecamatanSort();
  const data = useMemo(() => budgetByKecamatan(projects), [projects]);
  return (
    <AppChartChrome>
      <BudgetByKecamatanView
        {...card}
        data={data}
        sort={sort}
        actions={
          <>
            <SortControl value={sort} onChange={setSort} />
            {actions}
          </>
        }
      />
    </AppChartChrome>
  );
}
