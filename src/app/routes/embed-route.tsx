import { useParams } from 'react-router';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { ProjectCount } from '../../features/projects/project-count';

export function EmbedRoute() {
  const { chart = '' } = useParams();
  return (
    <main id="main" className="embed">
      <h1 className="embed__title">{chart}</h1>
      <DatasetGate compact>{(dataset) => <ProjectCount projects={dataset.projects} />}</DatasetGate>
    </main>
  );
}
