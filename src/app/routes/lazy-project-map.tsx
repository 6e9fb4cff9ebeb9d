import { Component, lazy, useDeferredValue, type ReactNode } from 'react';
import { useBoundaries } from '../../api/dataset-queries';
import type { ProjectMapProps } from '../../features/map/project-map';

/*
 * The project map as the pages that show one (the map page, a contractor's page) load it: Leaflet
 * stays off their first-load path, so the figures and the list render while the map loads.
 */
const ProjectMap = lazy(() =>
  import('../../features/map/project-map').then((m) => ({ default: m.ProjectMap })),
);

/** A map that fails to load or draw must never take the figures and the list down with it. */
export class MapBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * The map with the kecamatan outlines, which arrive after the data. Only this part waits for them
 * and draws them again: the list and the figures beside it do not render a second time. Render it
 * inside a Suspense and a MapBoundary.
 */
export function MapWithOutlines(props: Omit<ProjectMapProps, 'boundaries'>) {
  const boundaries = useDeferredValue(useBoundaries());
  return <ProjectMap {...props} boundaries={boundaries} />;
}
