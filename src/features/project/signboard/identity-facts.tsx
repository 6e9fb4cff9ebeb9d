import type { ProjectDetail } from '../../../domain/project/types';
import { formatNumber } from '../../../domain/format/number';
import { BIDANG_LABELS, CATEGORY_LABELS, statusLabel } from '../../../components/labels/domain-labels';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { projectMessages } from '../messages';
import { Fact } from './fact';

function volumeText(
  project: ProjectDetail,
  t: typeof projectMessages.id,
  locale: 'id' | 'en',
): string | undefined {
  const v = project.volume;
  if (!v) return undefined;
  const parts = [
    v.lengthM !== undefined ? t.length(formatNumber(v.lengthM, locale, 1)) : undefined,
    v.widthM !== undefined ? t.width(formatNumber(v.widthM, locale, 1)) : undefined,
  ].filter(Boolean);
  const measured = parts.join(' × ');
  if (measured && v.description) return `${measured} (${v.description})`;
  return measured || v.description;
}

/** What the work is and where: category, status, location (and how it was found), volume. */
export function IdentityFacts({ project }: { project: ProjectDetail }) {
  const t = useMessages(projectMessages);
  const { locale } = useLanguage();
  return (
    <>
      <Fact label={t.category}>{CATEGORY_LABELS[locale][project.category]}</Fact>
      <Fact label={t.bidang}>{BIDANG_LABELS[locale][project.bidang]}</Fact>
      <Fact label={t.status} testId="fact-status">
        {statusLabel(project.status, locale)}
        {project.progress.late && ` · ${statusLabel('terlambat', locale)}`}
      </Fact>
      <Fact label={t.road}>{project.locationName}</Fact>
      <Fact label={t.desa}>{project.desa?.name}</Fact>
      <Fact label={t.kecamatan} testId="fact-kecamatan">
        {project.kecamatan && (
          <>
            {project.kecamatan.name}
            <span className="project-fact__note">{t.regionSource(project.regionSource)}</span>
          </>
        )}
      </Fact>
      {project.locationIssue && (
        <p className="project-facts__issue notice notice--warning" data-testid="location-issue">
          {t.locationIssue(project.locationIssue)}
        </p>
      )}
      {!project.kecamatan && project.regionSource === 'none' && (
        <p className="project-facts__issue" data-testid="region-unknown">
          {t.regionSource('none')}
        </p>
      )}
      <Fact label={t.volume} testId="fact-volume">
        {volumeText(project, t, locale)}
      </Fact>
    </>
  );
}
