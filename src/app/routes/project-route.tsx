import { Link, useParams } from 'react-router';
import { DatasetGate } from '../../components/data-status/dataset-gate';
import { useLanguage } from '../../lib/i18n/language';
import { usePageTitle } from '../../lib/use-page-title';
import { formatRupiah } from '../../domain/format/number';

export function ProjectRoute() {
  const { id = '' } = useParams();
  const { locale } = useLanguage();
  usePageTitle(locale === 'id' ? 'Proyek' : 'Project');
  return (
    <DatasetGate>
      {(dataset) => {
        const project = dataset.projects.find((p) => p.id === id);
        if (!project)
          return (
            <section className="not-found">
              <h1>{locale === 'id' ? 'Proyek tidak ditemukan' : 'Project not found'}</h1>
              <p>
                <Link to="/">{locale === 'id' ? 'Kembali ke peta proyek' : 'Back to the project map'}</Link>
              </p>
            </section>
          );
        return (
          <article>
            <h1>{project.title}</h1>
            <p>{formatRupiah(project.pagu, locale)}</p>
          </article>
        );
      }}
    </DatasetGate>
  );
}
