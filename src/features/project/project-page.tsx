import type { DatasetMeta } from '../../domain/dataset/types';
import type { ProjectDetail } from '../../domain/project/types';
import { useMessages } from '../../lib/i18n/messages';
import { projectMessages } from './messages';
import { IdentityFacts } from './signboard/identity-facts';
import { MoneyFacts } from './signboard/money-facts';
import { ContractFacts } from './signboard/contract-facts';
import { AddendaList } from './signboard/addenda-list';
import { DocumentList } from './signboard/document-list';
import { ProvenancePanel } from './signboard/provenance-panel';
import { KritisBadge } from './kritis/kritis-badge';
import { PhysicalFinancial } from './compare/physical-financial';
import { ProjectKurvaSChart } from './kurva-s/project-kurva-s-chart';
import { LazyProjectKurvaSDrawing } from './kurva-s/lazy-project-kurva-s-drawing';
import { DeferChartDrawingContext } from '../../components/chart-card/defer-drawing';
import { printWithCharts, usePrintKeyDrawsCharts } from '../../components/chart-card/print-charts';
import { EmbedButton } from '../../components/share/embed-button';
import { ShareButtons } from '../../components/share/share-buttons';
import { ProjectDeviationChart } from './kurva-s/project-deviation-chart';
import { ReportActions } from './report/report-actions';
import { IntegritySignals } from './integrity/integrity-signals';
import { BackLink } from './location/back-link';
import { LocationMap } from './location/location-map';
import './project-page.css';
import './project-print.css';

interface ProjectPageProps {
  project: ProjectDetail;
  meta: DatasetMeta;
  siteUrl?: string;
  /** Absolute address of this page (QR code, shared text). */
  pageUrl: string;
  /** config.json's reportWhatsApp: the Dinas' complaint number. */
  reportWhatsApp?: string;
}

/** The digital signboard: everything the board at the site should say, and whether the work is on time. */
export function ProjectPage(props: ProjectPageProps) {
  const { project, meta, siteUrl, pageUrl, reportWhatsApp } = props;
  const t = useMessages(projectMessages);
  usePrintKeyDrawsCharts();
  return (
    <article className="project-page" data-project-id={project.id}>
      <BackLink kecamatan={project.kecamatan} />
      <header className="project-page__head">
        <p className="project-page__eyebrow">
          {t.eyebrow} · {t.projectId} <code>{project.id}</code>
        </p>
        <h1 className="project-page__title">{project.title}</h1>
        {project.description && <p className="project-page__description">{project.description}</p>}
      </header>
      <KritisBadge project={project} asOf={meta.asOf} />
      <div className="project-board">
        <section className="project-facts" aria-labelledby="facts-identity">
          <h2 id="facts-identity">{t.identity}</h2>
          <dl>
            <IdentityFacts project={project} />
          </dl>
        </section>
        <section className="project-facts" aria-labelledby="facts-money">
          <h2 id="facts-money">{t.money}</h2>
          <dl>
            <MoneyFacts project={project} />
          </dl>
        </section>
        <section className="project-facts" aria-labelledby="facts-parties">
          <h2 id="facts-parties">{t.parties}</h2>
          <dl>
            <ContractFacts project={project} />
          </dl>
        </section>
        <ProvenancePanel project={project} meta={meta} pageUrl={pageUrl} />
      </div>
      <LocationMap project={project} />
      <PhysicalFinancial project={project} />
      {/* Both charts sit below the signboard: drawn as they come near the viewport, one per task. */}
      <DeferChartDrawingContext.Provider value={true}>
        <ProjectKurvaSChart
          project={project}
          meta={meta}
          siteUrl={siteUrl}
          drawing={LazyProjectKurvaSDrawing}
          actions={
            <>
              <EmbedButton
                chartId="kurva-s-proyek"
                title={`Kurva S: ${project.title}`}
                // The project in the path: the build gives that page this project's link preview.
                path={`/embed/kurva-s-proyek/${encodeURIComponent(project.id)}`}
              />
              <ShareButtons title={project.title} />
            </>
          }
        />
        <ProjectDeviationChart project={project} meta={meta} siteUrl={siteUrl} />
      </DeferChartDrawingContext.Provider>
      <IntegritySignals project={project} />
      <AddendaList modifications={project.modifications} />
      <DocumentList documents={project.documents} />
      <ReportActions
        subject={{ id: project.id, title: project.title, url: pageUrl }}
        whatsApp={reportWhatsApp}
      />
      <p className="project-page__actions">
        <button type="button" className="button" onClick={() => void printWithCharts()}>
          {t.print}
        </button>
      </p>
    </article>
  );
}
