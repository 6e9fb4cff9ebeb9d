import type { ProjectDetail } from '../../../domain/project/types';
import { formatDate } from '../../../domain/format/date';
import { formatNumber } from '../../../domain/format/number';
import { useLanguage } from '../../../lib/i18n/language';
import { useMessages } from '../../../lib/i18n/messages';
import { projectMessages } from '../messages';
import { Fact } from './fact';
import { Link } from 'react-router';
import { contractorKey } from '../../../domain/integrity/package-standing';
import { integrityMessages } from '../integrity/integrity-messages';

/** Procurement method, the parties, contract number, dates and duration. */
export function ContractFacts({ project }: { project: ProjectDetail }) {
  const t = useMessages(projectMessages);
  const ti = useMessages(integrityMessages);
  const { locale } = useLanguage();
  const { contractStart: start, contractEnd: end } = project;
  const dates =
    start || end
      ? `${start ? formatDate(start, locale) : t.missing} – ${end ? formatDate(end, locale) : t.missing}`
      : undefined;
  return (
    <>
      <Fact label={t.method}>{project.procurementMethod}</Fact>
      <Fact label={ti.tenderers}>
        {project.tenderers !== undefined && formatNumber(project.tenderers, locale)}
      </Fact>
      <Fact label={t.contractor} testId="fact-contractor">
        {project.contractor && (
          <>
            {project.contractor}{' '}
            <Link
              className="project-fact__note"
              to={`/penyedia/${encodeURIComponent(contractorKey(project.contractor))}`}
            >
              {ti.contractorPage}
            </Link>
          </>
        )}
      </Fact>
      <Fact label={t.supervisor}>{project.supervisor}</Fact>
      <Fact label={t.contractNumber}>{project.contractNumber}</Fact>
      <Fact label={t.contractDates} testId="fact-dates">
        {dates}
      </Fact>
      <Fact label={t.duration} testId="fact-duration">
        {project.durationDays !== undefined && t.days(formatNumber(project.durationDays, locale))}
      </Fact>
    </>
  );
}
