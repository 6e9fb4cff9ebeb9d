import type { SlideSpec } from '../components/slide-types';
import { FitBox } from '../components/fit-box';
import { ProjectDetailSlot } from '../../../components/data-status/project-detail-slot';
import { formatPercent, formatRupiahShort } from '../../../domain/format/number';
import type { Project } from '../../../domain/project/types';
import type { DeckContext } from './deck-context';
import type { DeckCharts } from './deck-charts';
import { compareCodes } from '../../../domain/text/compare';

/** The largest contracts: in the 2023 programme these are the Jalan Raya CBL and Kalimalang works. */
const FLAGSHIP_COUNT = 5;

export function flagshipProjects(projects: readonly Project[], count = FLAGSHIP_COUNT): Project[] {
  return projects
    .filter((p) => (p.contractValue ?? 0) > 0)
    .sort((a, b) => (b.contractValue ?? 0) - (a.contractValue ?? 0) || compareCodes(a.id, b.id))
    .slice(0, count);
}

export function flagshipSlides(
  { t, dataset, projects, siteUrl, locale }: DeckContext,
  ProjectChart: DeckCharts['Project'],
): SlideSpec[] {
  return flagshipProjects(projects).map((project) => ({
    id: `unggulan-${project.id}`,
    title: project.title,
    subtitle: t.flagship(
      t.flagshipFacts(
        formatRupiahShort(project.contractValue, locale),
        project.contractor ?? t.unknown,
        project.kecamatan?.name ?? t.noLocation,
      ),
    ),
    notes: [
      t.notesFlagship(
        formatPercent(project.progress.planned, locale),
        formatPercent(project.progress.actual, locale),
      ),
    ],
    content: (
      <FitBox>
        <ProjectDetailSlot id={project.id}>
          {({ project: detail }) => (
            <ProjectChart project={detail} meta={dataset.meta} siteUrl={siteUrl} headingLevel={3} />
          )}
        </ProjectDetailSlot>
      </FitBox>
    ),
  }));
}
