import type { Project } from '../../domain/project/types';
import { formatRupiahShort } from '../../domain/format/number';
import { useLanguage } from '../../lib/i18n/language';
import { useMessages } from '../../lib/i18n/messages';
import { projectsMessages } from './projects-messages';
import { DataValue } from '../../components/data-value';
import { sumBy } from '../../domain/aggregate/sum';

/** "153 proyek · pagu Rp 571,0 M · nilai kontrak Rp 498,2 M" for the current filter. */
export function ProjectCount({ projects }: { projects: readonly Project[] }) {
  const { locale } = useLanguage();
  const pagu = sumBy(projects, (p) => p.pagu);
  const contract = sumBy(projects, (p) => p.contractValue);
  const t = useMessages(projectsMessages);
  return (
    <p className="project-count" aria-live="polite" data-testid="project-count">
      <DataValue value={projects.length} className="project-count__n">
        {t.count(projects.length)}
      </DataValue>
      <span>
        {' · '}
        {t.totalPagu}
        <DataValue value={pagu} className="total-pagu">
          {formatRupiahShort(pagu, locale)}
        </DataValue>
      </span>
      <span>
        {' · '}
        {t.totalContract}
        <DataValue value={contract} className="total-contract">
          {formatRupiahShort(contract, locale)}
        </DataValue>
      </span>
    </p>
  );
}
