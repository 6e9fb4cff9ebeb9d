import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ChartProps } from './chart-props';
import { delayedData } from './chart-data';
import { DelayedPackagesView, type ProjectLink } from './delayed-packages-view';
import { AppChartChrome } from '../../components/chart-card/app-chrome';

const appProjectLink: ProjectLink = ({ id, title }) => (
  <Link to={`/proyek/${encodeURIComponent(id)}`}>{title}</Link>
);

/** The most-delayed ranking of the app, from the filtered projects; each links to its page. */
export function DelayedPackagesChart({ projects, limit = 10, ...card }: ChartProps & { limit?: number }) {
  const data = useMemo(() => delayedData(projects, limit), [projects, limit]);
  return (
    <AppChartChrome>
      <DelayedPackagesView {...card} data={data} projectLink={appProjectLink} />
    </AppChartChrome>
  );
}
