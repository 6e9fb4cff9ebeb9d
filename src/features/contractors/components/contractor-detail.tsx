import type { ReactNode } from 'react';
import { Link } from 'react-router';
import '../contractor.css';
import type { LoadedDataset } from '../../../api/dataset-queries';
import type { ContractorRow } from '../../../domain/contractors/contractor-rows';
import type { Project } from '../../../domain/project/types';
import { useMessages } from '../../../lib/i18n/messages';
import { usePageTitle } from '../../../lib/use-page-title';
import { contractorMessages } from '../contractor-messages';
import { ContractorCurve } from './contractor-curve';
import { ContractorFigures } from './contractor-figures';
import { ContractorProjects } from './contractor-projects';
import { DataSourceLine } from './data-source-line';

interface ContractorDetailProps {
  dataset: LoadedDataset;
  row: ContractorRow;
  projects: readonly Project[];
  yearTotal: number;
  /** The packages on a map, composed by the app (features do not import each other). */
  map?: ReactNode;
}

/** One contractor: its name, its figures, the combined kurva S, its packages on a map and in a list. */
export function ContractorDetail({ dataset, row, projects, yearTotal, map }: ContractorDetailProps) {
  const t = useMessages(contractorMessages);
  usePageTitle(row.name);
  return (
    <article className="contractor" data-testid="contractor-page">
      <p className="contractor__back">
        <Link to="/penyedia">{t.back}</Link>
      </p>
      <p className="contractor__kicker">{t.kicker}</p>
      <h1 className="contractor__name">{row.name}</h1>
      <ContractorFigures row={row} yearTotal={yearTotal} />
      <ContractorCurve projects={projects} />
      <div className="contractor__places">
        {map && (
          <section aria-labelledby="penyedia-peta" className="contractor__map">
            <h2 id="penyedia-peta">{t.mapTitle}</h2>
            {map}
          </section>
        )}
        <ContractorProjects projects={projects} />
      </div>
      <DataSourceLine meta={dataset.meta} />
    </article>
  );
}
