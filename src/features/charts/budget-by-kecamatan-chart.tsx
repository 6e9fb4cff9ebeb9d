import { useMemo, useState } from 'react';
import { budgetByKecamatan, type BucketSort } from '../../domain/aggregate/breakdowns';
import type { ChartProps } from './chart-props';
import { BudgetByKecamatanView } from './budget-by-kecamatan-view';
import { SortControl } from './sort-control';
import { AppChartChrome } from '../../components/chart-card/app-chrome';

/** The kecamatan chart of the app: the filtered projects' data, sortable by a control. */
export function BudgetByKecamatanChart({ projects, actions, ...card }: ChartProps) {
  const [sort, setSort] = useState<BucketSort>('value-desc');
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
