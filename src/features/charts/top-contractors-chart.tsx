import { useMemo } from 'react';
import { Link } from 'react-router';
import { topContractors } from '../../domain/aggregate/contractors';
import type { ChartProps } from './chart-props';
import { contractorPath, type ContractorLink } from './contractor-link';
import { TopContractorsView } from './top-contractors-view';
import { AppChartChrome } from '../../components/chart-card/app-chrome';

const appContractorLink: ContractorLink = ({ key, name }) => <Link to={contractorPath(key)}>{name}</Link>;

/** The largest contractors of the app, from the filtered projects; each links to its page. */
export function TopContractorsChart({ projects, ...card }: ChartProps) {
  const data = useMemo(() => topContractors(projects), [projects]);
  return (
    <AppChartChrome>
      <TopContractorsView {...card} data={data} contractorLink={appContractorLink} />
    </AppChartChrome>
  );
}
